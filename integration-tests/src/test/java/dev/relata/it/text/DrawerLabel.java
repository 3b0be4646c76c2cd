package dev.relata.it.text;

import dev.relata.Entity;
import dev.relata.Id;

/** The join entity of Drawer and Label. */
@Entity
public record DrawerLabel(@Id Long id, String drawerId, String labelId) {}
