package dev.relata.it.graph;

import dev.relata.Graph;
import java.util.List;
import java.util.Optional;

/** An employee with its manager and reports, all rows of the same table. */
@Graph(Employee.class)
public record EmployeeView(Employee employee, Optional<Employee> manager, List<Employee> reports, long reportsCount) {}
