package dev.relata.processor.parse;

import dev.relata.processor.model.AssociationModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The associations of one entity: the valid ones, and the names of those left out (wrong, or
 * pointing at an entity with errors, reported where they are). A graph component that names a
 * left-out association depends on the mistake and fails silently, instead of repeating it as an
 * unknown name.
 *
 * @param valid the associations its classes get
 * @param leftOut the names the left-out associations would have had
 * @param unnamedLeftOut whether one left out has a name nobody can tell (its class misspelt, its
 *     {@code as} no identifier): then any unknown name may be it
 */
public record Associations(List<AssociationModel> valid, Set<String> leftOut, boolean unnamedLeftOut) {

  public Associations {
    valid = List.copyOf(valid);
    leftOut = Set.copyOf(leftOut);
  }

  /** An entity without associations, as one compiled before shows when its own are unknown. */
  public static Associations none() {
    return new Associations(List.of(), Set.of(), false);
  }

  /** Whether a graph component named {@code name} may be about a left-out association (or its count). */
  public boolean mayBeLeftOut(String name) {
    return unnamedLeftOut || leftOut.contains(name) || name.endsWith("Count") && leftOut.contains(name.substring(0, name.length() - 5));
  }

  /** These associations, with those matching {@code gone} left out too (their target failed later). */
  public Associations without(Predicate<AssociationModel> gone) {
    List<AssociationModel> kept = new ArrayList<>();
    Set<String> names = new TreeSet<>(leftOut);
    for (AssociationModel association : valid) {
      if (gone.test(association)) {
        names.add(association.plural());
      } else {
        kept.add(association);
      }
    }
    return new Associations(kept, names, unnamedLeftOut);
  }
}
