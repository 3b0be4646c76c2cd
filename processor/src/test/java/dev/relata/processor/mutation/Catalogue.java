package dev.relata.processor.mutation;

import dev.relata.processor.base.Names;
import dev.relata.processor.mutation.Sites.Association;
import dev.relata.processor.mutation.Sites.Piece;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The single mistakes a user makes, each applied at every site of a model it fits: misspelt
 * classes and member values, wrong and primitive keys, ids, unsupported types, stamps, graphs,
 * clashes, names longer than PostgreSQL keeps.
 */
final class Catalogue {

  private final List<Mutation> mutations = new ArrayList<>();
  private final List<Sites> files = new ArrayList<>();

  private Catalogue(Map<String, String> model) {
    model.forEach((file, text) -> files.add(new Sites(file, text)));
  }

  /**
   * What fails with {@code entity}: itself, and the {@code @BelongsToMany} associations that go
   * through it (their calls name only the two sides).
   */
  private Mutation.Dependents failing(String entity, Mutation.Dependents itself) {
    Mutation.Dependents all = itself;
    for (Sites sites : files) {
      for (Association a : sites.associations()) {
        if (a.classLiteral("through").map(t -> t.text().equals(entity)).orElse(false)) {
          all = or(all, Mutation.link(sites.name(), a.target()));
        }
      }
    }
    return all;
  }

  /** Every mutation of {@code model} (path → source). */
  static List<Mutation> of(Map<String, String> model) {
    Catalogue catalogue = new Catalogue(model);
    for (Sites sites : catalogue.files) {
      if (sites.isEntity()) {
        catalogue.associations(sites);
        catalogue.components(sites);
        catalogue.clashes(sites);
        catalogue.longNames(sites);
      } else if (sites.isGraph()) {
        catalogue.graph(sites);
      }
    }
    return catalogue.mutations;
  }

  private void add(String kind, Sites sites, int offset, String before, String after, Mutation.Dependents dependents) {
    add(kind, sites, offset, before, after, Set.of(sites.line(offset)), false, dependents);
  }

  private void add(
      String kind, Sites sites, int offset, String before, String after, Set<Integer> lines, boolean javac,
      Mutation.Dependents dependents) {
    mutations.add(new Mutation(kind, sites.file, offset, before, after, lines, javac, dependents));
  }

  private void associations(Sites sites) {
    String owner = sites.name();
    nameClashes(sites);
    for (Association a : sites.associations()) {
      Mutation.Dependents link = Mutation.link(owner, a.target());
      Optional<Piece> through = a.classLiteral("through");
      if (through.isPresent()) {
        link = or(link, Mutation.link(owner, through.get().text()));
      }
      int line = sites.line(a.whole().offset());
      Piece value = a.classLiteral("value").orElseThrow();
      add("misspelt class", sites, value.offset(), value.text(), value.text() + "x", Set.of(sites.line(value.offset())), true, link);
      add("class not an entity", sites, value.offset(), value.text(), "String", link);
      if (through.isPresent()) {
        Piece t = through.get();
        add("misspelt through", sites, t.offset(), t.text(), t.text() + "x", Set.of(sites.line(t.offset())), true, link);
        add("through not an entity", sites, t.offset(), t.text(), "String", link);
      }
      for (String member : a.kind().equals("BelongsToMany") ? List.of("foreignKey", "otherKey") : List.of("foreignKey")) {
        Optional<Piece> written = a.member(member);
        if (written.isPresent()) {
          Piece w = written.get();
          String misspelt = w.text().substring(0, w.text().length() - 1) + "x\"";
          add(member + " misspelt", sites, w.offset(), w.text(), misspelt, link);
        } else {
          addMember(sites, a, member + " = \"nope\"", member + " unknown", line, link);
        }
      }
      Optional<Piece> as = a.member("as");
      if (as.isPresent()) {
        add("as not an identifier", sites, as.get().offset(), as.get().text(), "\"two words\"", link);
      } else {
        addMember(sites, a, "as = \"two words\"", "as not an identifier", line, link);
      }
      Optional<Piece> typeKey = a.member("typeKey");
      if (typeKey.isPresent()) {
        Piece t = typeKey.get();
        add("typeKey misspelt", sites, t.offset(), t.text(), t.text().substring(0, t.text().length() - 1) + "x\"", link);
        addMember(sites, a, "onDelete = dev.relata.OnDelete.CASCADE", "onDelete on a polymorphic parent", line, link);
      }
      scopes(sites, a, through, link);
    }
  }

  /**
   * The scope of a {@code @HasMany}, {@code @HasOne} or {@code @BelongsToMany}: each written
   * {@code @Where} with its component misspelt and, where the component is no string, with a value
   * that does not parse; where none is written, one naming no component.
   */
  private void scopes(Sites sites, Association a, Optional<Piece> through, Mutation.Dependents link) {
    if (a.kind().equals("BelongsTo")) {
      return;
    }
    List<Sites.Where> wheres = a.wheres();
    for (Sites.Where where : wheres) {
      Piece component = where.component();
      String misspelt = component.text().substring(0, component.text().length() - 1) + "x\"";
      add(where.member() + " component misspelt", sites, component.offset(), component.text(), misspelt, link);
      String scoped = where.member().equals("throughWhere") ? through.map(Piece::text).orElse("") : a.target();
      String name = component.text().replace("\"", "");
      boolean text =
          files.stream()
              .filter(f -> f.name().equals(scoped))
              .flatMap(f -> f.components().stream())
              .filter(c -> Sites.componentName(c).equals(name))
              .anyMatch(c -> Sites.componentType(c).text().equals("String"));
      if (!text) {
        Piece value = where.value();
        add(where.member() + " value that does not parse", sites, value.offset(), value.text(), "\"?\"", link);
      }
    }
    if (wheres.isEmpty()) {
      addMember(
          sites, a, "where = @dev.relata.Where(component = \"nope\", value = \"1\")", "where component unknown",
          sites.line(a.whole().offset()), link);
    }
  }

  /** Each association named as another of its entity is (one with the default name): a clash of generated methods. */
  private void nameClashes(Sites sites) {
    String owner = sites.name();
    List<Association> all = sites.associations();
    for (Association a : all) {
      Optional<Association> other = all.stream().filter(o -> o != a && o.member("as").isEmpty()).findFirst();
      if (other.isEmpty()) {
        continue;
      }
      String name = defaultName(other.get());
      Mutation.Dependents link = Mutation.link(owner, a.target());
      Optional<Piece> through = a.classLiteral("through");
      if (through.isPresent()) {
        link = or(link, Mutation.link(owner, through.get().text()));
      }
      Optional<Piece> as = a.member("as");
      if (as.isPresent()) {
        add("as of another association", sites, as.get().offset(), as.get().text(), "\"" + name + "\"", link);
      } else {
        addMember(sites, a, "as = \"" + name + "\"", "as of another association", sites.line(a.whole().offset()), link);
      }
    }
  }

  /** The name an association without {@code as} has. */
  private static String defaultName(Association a) {
    String target = a.target();
    return switch (a.kind()) {
      case "HasMany", "BelongsToMany" -> Names.lowerCamel(Names.plural(target));
      case "HasOne" -> Names.lowerCamel(target);
      default ->
          Names.withoutIdSuffix(
              a.member("foreignKey").map(p -> p.text().replace("\"", "")).orElse(Names.foreignKeyTo(target)));
    };
  }

  /** Adds {@code member} to the annotation, naming {@code value} where it was written alone. */
  private void addMember(Sites sites, Association a, String member, String kind, int line, Mutation.Dependents dependents) {
    String text = a.whole().text();
    String body = text.substring(text.indexOf('(') + 1, text.length() - 1);
    String named = body.strip().matches("(?s)^\\w+\\.class.*") ? "value = " + body : body;
    String after = "@" + a.kind() + "(" + named + ", " + member + ")";
    // The member goes last: on the annotation's last line where it spans several.
    int last = sites.line(a.whole().end() - 1);
    add(kind, sites, a.whole().offset(), text, after, Set.copyOf(List.of(line, last)), false, dependents);
  }

  private void components(Sites sites) {
    String entity = sites.name();
    List<Piece> components = sites.components();
    Mutation.Dependents fails = failing(entity, Mutation.entity(entity));
    int entityLine = sites.lineOf("@Entity");
    int recordLine = sites.lineOf("record " + entity);
    boolean secondId = false;
    for (Piece component : components) {
      String name = Sites.componentName(component);
      Piece type = Sites.componentType(component);
      String text = component.text();
      if (text.contains("@Id")) {
        add("primitive id", sites, type.offset(), type.text(), "long", fails);
        int at = component.offset() + text.indexOf("@Id");
        add("no id", sites, at, "@Id ", "", Set.of(entityLine, recordLine), false, fails);
        continue;
      }
      if (!secondId && !text.contains("@")) {
        secondId = true;
        add("two ids", sites, component.offset(), "", "@Id ", fails);
      }
      boolean key = name.endsWith("Id") && (type.text().equals("Long") || type.text().equals("long"));
      if (key) {
        Mutation.Dependents links = failing(entity, Mutation.links(entity));
        add("key of another type", sites, type.offset(), type.text(), "String", links);
        add("key of a primitive type", sites, type.offset(), type.text(), "int", links);
        continue;
      }
      if (text.startsWith("@CreatedAt") || text.startsWith("@UpdatedAt") || text.contains(" @UpdatedAt")) {
        add("timestamp of another type", sites, type.offset(), type.text(), "String", fails);
        continue;
      }
      if (text.startsWith("@Version")) {
        add("version of another type", sites, type.offset(), type.text(), "short", fails);
        add("version not a number", sites, type.offset(), type.text(), "String", fails);
        continue;
      }
      add("unsupported type", sites, type.offset(), type.text(), "Object", fails);
      if (!text.contains("@") && !type.text().matches("Instant|OffsetDateTime|LocalDateTime")) {
        add("stray timestamp", sites, component.offset(), "", "@dev.relata.CreatedAt ", fails);
      }
    }
  }

  private void clashes(Sites sites) {
    String entity = sites.name();
    int at = sites.text.indexOf("@Entity");
    if (sites.text.startsWith("@Entity(", at)) {
      return; // an explicit table: the other entities' mutations take it
    }
    for (Sites other : files) {
      if (other.isEntity() && other != sites && !other.text.contains("@Entity(")) {
        add("table of another entity", sites, at, "@Entity", "@Entity(table = \"" + Names.tableName(other.name()) + "\")",
            failing(entity, Mutation.entity(entity)));
        break;
      }
    }
    String pkg = packageOf(sites.text);
    String dao = sites.file.substring(0, sites.file.lastIndexOf('/') + 1) + entity + "Dao.java";
    mutations.add(
        new Mutation(
            "class with a generated name", dao, 0, "", "package " + pkg + ";\n\npublic class " + entity + "Dao {}\n", Set.of(3),
            false, failing(entity, Mutation.entity(entity))));
  }

  /**
   * A table, and the column of the first component without annotations, named longer than the
   * {@value Names#MAX_NAME_BYTES} bytes PostgreSQL keeps.
   */
  private void longNames(Sites sites) {
    Mutation.Dependents fails = failing(sites.name(), Mutation.entity(sites.name()));
    String tooLong = "\"" + "x".repeat(Names.MAX_NAME_BYTES + 1) + "\"";
    int at = sites.text.indexOf("@Entity");
    int table = sites.text.indexOf("table = \"", at);
    if (!sites.text.startsWith("@Entity(", at)) {
      add("table name too long", sites, at, "@Entity", "@Entity(table = " + tooLong + ")", fails);
    } else if (table >= 0) {
      int value = table + "table = ".length();
      String name = sites.text.substring(value, sites.text.indexOf('"', value + 1) + 1);
      add("table name too long", sites, value, name, tooLong, fails);
    }
    sites.components().stream()
        .filter(component -> !component.text().contains("@"))
        .findFirst()
        .ifPresent(c -> add("column name too long", sites, c.offset(), "", "@dev.relata.Column(name = " + tooLong + ") ", fails));
  }

  private void graph(Sites sites) {
    String graph = sites.name();
    Mutation.Dependents fails = Mutation.graph(graph);
    int at = sites.text.indexOf("@Graph(") + "@Graph(".length();
    String root = sites.text.substring(at, sites.text.indexOf(".class", at));
    add("misspelt graph root", sites, at, root, root + "x", Set.of(sites.line(at)), true, fails);
    add("graph root not an entity", sites, at, root, "String", fails);
    List<Piece> components = sites.components();
    for (Piece component : components.subList(1, components.size())) {
      String name = Sites.componentName(component);
      Piece type = Sites.componentType(component);
      int nameAt = component.offset() + component.text().lastIndexOf(name);
      add("graph component misspelt", sites, nameAt, name, name + "x", fails);
      // Qualified: the file need not import the other container, and a missing import is another mistake.
      if (type.text().startsWith("List<")) {
        add("list as optional", sites, type.offset(), "List", "java.util.Optional", fails);
      } else if (type.text().startsWith("Optional<")) {
        add("optional as list", sites, type.offset(), "Optional", "java.util.List", fails);
      } else if (type.text().equals("long")) {
        add("count not a long", sites, type.offset(), "long", "int", fails);
      }
      int orderBy = component.text().indexOf("@OrderBy(\"");
      if (orderBy >= 0) {
        int value = component.offset() + orderBy + "@OrderBy(\"".length();
        String term = sites.text.substring(value, sites.text.indexOf('"', value));
        add("order by an unknown column", sites, value, term, "nope", fails);
      }
      int limit = component.text().indexOf("@Limit(");
      if (limit >= 0) {
        int value = component.offset() + limit + "@Limit(".length();
        String n = sites.text.substring(value, sites.text.indexOf(')', value));
        add("limit below 1", sites, value, n, "0", fails);
      } else if (type.text().startsWith("Optional<")) {
        add("limit on a to-one", sites, component.offset(), "", "@dev.relata.Limit(2) ", fails);
      }
    }
  }

  private static Mutation.Dependents or(Mutation.Dependents a, Mutation.Dependents b) {
    return (api, call) -> a.breaks(api, call) || b.breaks(api, call);
  }

  private static String packageOf(String text) {
    int at = text.indexOf("package ") + "package ".length();
    return text.substring(at, text.indexOf(';', at));
  }
}
