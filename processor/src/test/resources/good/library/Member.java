package dev.relata.sample.library;

import dev.relata.*;
import java.time.*;
import java.util.*;

/** A member of the library. */
@Entity
@HasMany(Loan.class)
public record Member(@Id Long id, @Column(unique = true) String email, Integer age) {}
