package dev.relata.it.graph;

import dev.relata.Graph;
import java.util.List;
import java.util.Optional;

/** One level more of the same self-reference: the manager and reports each as an {@link EmployeeView}. */
@Graph(Employee.class)
public record ManagerView(Employee employee, Optional<EmployeeView> manager, List<EmployeeView> reports) {}
