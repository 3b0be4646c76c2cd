package dev.relata.it.model;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.Id;

/**
 * A self-reference, both ends named by {@code as}: {@code getManager}/{@code setManager}, and
 * {@code getReports}/{@code addReport} (the singular derived from the plural {@code as}).
 */
@Entity
@BelongsTo(value = Employee.class, foreignKey = "managerId", as = "manager")
@HasMany(value = Employee.class, foreignKey = "managerId", as = "reports")
public record Employee(@Id Long id, String name, Long managerId) {}
