package dev.relata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.relata.it.model.Child;
import dev.relata.it.model.Employee;
import dev.relata.it.model.EmployeeDao;
import dev.relata.it.model.Family;
import dev.relata.it.model.FamilyDao;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code Employee}: {@code @BelongsTo(as = "manager")} and {@code @HasMany(as = "reports")} on one key. */
class SelfReferenceTest extends DatabaseTest {

  private final EmployeeDao employees = new EmployeeDao(dsl);

  @Test
  void managerAndReports() {
    Employee boss = employees.insert(new Employee(null, "Boss", null));
    Employee ann = employees.createReport(boss, new Employee(null, "Ann", null));
    Employee ben = employees.insert(new Employee(null, "Ben", null));
    employees.addReport(boss, ben);
    assertEquals(List.of(ann.id(), ben.id()), employees.getReports(boss).stream().map(Employee::id).toList());
    assertEquals(2, employees.countReports(boss));
    assertEquals(Optional.of(boss), employees.getManager(ann));

    Employee benManaged = employees.setManager(employees.findById(ben.id()).orElseThrow(), ann);
    assertEquals(ann.id(), benManaged.managerId());
    Map<Employee, List<Employee>> reports = employees.getReports(List.of(boss, ann));
    assertEquals(1, reports.get(boss).size());
    assertEquals(1, reports.get(ann).size());

    Employee unmanaged = employees.setManager(benManaged, null);
    assertEquals(null, unmanaged.managerId());
  }

  @Test
  void irregularPlurals() {
    FamilyDao families = new FamilyDao(dsl);
    Family family = families.insert(new Family(null, "Smith"));
    Child child = families.createChild(family, new Child(null, "Kid", null));
    assertEquals(List.of(child), families.getChildren(family));
    assertEquals(1, families.countChildren(family));
  }
}
