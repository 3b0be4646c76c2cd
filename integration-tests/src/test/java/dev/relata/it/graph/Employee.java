package dev.relata.it.graph;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.Id;

/** A self-reference: an employee's manager and reports are employees. */
@Entity(table = "graph_employees")
@BelongsTo(value = Employee.class, foreignKey = "managerId", as = "manager")
@HasMany(value = Employee.class, foreignKey = "managerId", as = "reports")
public record Employee(@Id Long id, String name, Long managerId) {}
