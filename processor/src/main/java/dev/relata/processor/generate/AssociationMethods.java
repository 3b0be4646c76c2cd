package dev.relata.processor.generate;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.relata.processor.base.Names;
import dev.relata.processor.model.AssociationModel.BelongsTo;
import dev.relata.processor.model.AssociationModel.BelongsToMany;
import dev.relata.processor.model.AssociationModel;
import dev.relata.processor.model.ColumnModel;
import dev.relata.processor.model.EntityModel;
import dev.relata.processor.model.WhereModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The members one association adds to its owner's DAO: a constant holding the runtime
 * association, and one thin method per operation that calls it, each with Javadoc saying what
 * SQL it runs.
 */
final class AssociationMethods {

  private final AssociationModel a;
  private final AssociationDocs sql;
  private final String one;
  private final String many;
  private final TypeName owner;
  private final TypeName target;

  AssociationMethods(AssociationModel association, RuntimeEntities entities) {
    this.a = association;
    this.sql = new AssociationDocs(association, entities);
    this.one = Names.capitalize(a.singular());
    this.many = Names.capitalize(a.plural());
    this.owner = a.owner().className();
    this.target = a.target().className();
  }

  /** {@code private static final HasManyAssociation<User, Long, Post, Long> POSTS = ...} */
  FieldSpec constant() {
    EntityModel o = a.owner();
    EntityModel t = a.target();
    CodeBlock names =
        a.kind().toMany()
            ? CodeBlock.of(
                "new $T($S, $S, $S, $S)", Types.ASSOCIATION_NAMES, a.ownerParameter(), a.ownersParameter(),
                a.targetParameter(), a.targetsParameter())
            : CodeBlock.of(
                "$T.toOne($S, $S, $S)", Types.ASSOCIATION_NAMES, a.ownerParameter(), a.ownersParameter(), a.targetParameter());
    CodeBlock initializer;
    if (a instanceof BelongsToMany m) {
      initializer =
          CodeBlock.of(
              "new $T<>(\n$>$>$T.ENTITY,\n$T.ENTITY,\n$T.ENTITY,\n$L,\n$L,\n$L$L)$<$<", runtimeType(), Types.tableClass(o),
              Types.tableClass(t), Types.tableClass(m.through()), field(m.through(), m.foreignKey().component()),
              field(m.through(), m.otherKey().component()), names,
              m.scoped()
                  ? CodeBlock.of(
                      ",\n$L,\n$L,\n$L", m.uniquePairs(), scope(t, m.where()), scope(m.through(), m.throughWhere()))
                  : m.uniquePairs() ? "" : ",\nfalse");
    } else if (a instanceof BelongsTo) {
      initializer =
          CodeBlock.of(
              "new $T<>(\n$>$>$T.ENTITY,\n$T.ENTITY,\n$L,\n$T::$L,\n$L)$<$<", runtimeType(), Types.tableClass(o),
              Types.tableClass(t), field(o, a.foreignKey().component()), o.className(), a.foreignKey().component(), names);
    } else {
      initializer =
          CodeBlock.of(
              "new $T<>(\n$>$>$T.ENTITY,\n$T.ENTITY,\n$L,\n$L$L)$<$<", runtimeType(), Types.tableClass(o), Types.tableClass(t),
              field(t, a.foreignKey().component()), names,
              a.where().isEmpty() && a.typeScope().isEmpty() ? "" : CodeBlock.of(",\n$L", scope(t, a)));
    }
    TypeName type =
        a instanceof BelongsToMany m
            ? ParameterizedTypeName.get(runtimeType(), owner, o.id().boxedType(), target, t.id().boxedType(), m.through().className())
            : ParameterizedTypeName.get(runtimeType(), owner, o.id().boxedType(), target, t.id().boxedType());
    return FieldSpec.builder(type, a.constant(), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(initializer)
        .build();
  }

  private com.palantir.javapoet.ClassName runtimeType() {
    return switch (a.kind()) {
      case HAS_MANY -> Types.HAS_MANY;
      case HAS_ONE -> Types.HAS_ONE;
      case BELONGS_TO -> Types.BELONGS_TO;
      case BELONGS_TO_MANY -> Types.BELONGS_TO_MANY;
    };
  }

  /**
   * The scope of {@code a}'s target rows as generated code builds it, also where a loader's insert
   * writes them: a {@code @BelongsToMany}'s {@code where}, a {@code @HasMany}/{@code @HasOne}'s
   * type and {@code where}; {@code Scope.none()} unscoped.
   */
  static CodeBlock targetScope(AssociationModel a) {
    return a instanceof BelongsToMany m ? scope(m.target(), m.where()) : scope(a.target(), a);
  }

  /** The scope of a {@code @BelongsToMany}'s join rows ({@code throughWhere}). */
  static CodeBlock throughScope(BelongsToMany m) {
    return scope(m.through(), m.throughWhere());
  }

  /**
   * {@code Scope.where(CommentTable.COMMENT_TABLE.STATUS, Status.APPROVED).and(...)}, or {@code
   * Scope.none()}.
   */
  private static CodeBlock scope(EntityModel entity, List<WhereModel> where) {
    if (where.isEmpty()) {
      return CodeBlock.of("$T.none()", Types.SCOPE);
    }
    CodeBlock.Builder scope = CodeBlock.builder().add("$T", Types.SCOPE);
    for (int i = 0; i < where.size(); i++) {
      WhereModel w = where.get(i);
      scope.add(".$L($L, $L)", i == 0 ? "where" : "and", field(entity, w.column().component()), constant(w));
    }
    return scope.build();
  }

  /**
   * The scope of a {@code @HasMany}/{@code @HasOne}: on a polymorphic key, {@code
   * Scope.key(CommentTable.COMMENT_TABLE.COMMENTABLE_TYPE, "Video")} first, then its {@code @Where}s.
   */
  private static CodeBlock scope(EntityModel entity, AssociationModel a) {
    if (a.typeScope().isEmpty()) {
      return scope(entity, a.where());
    }
    CodeBlock.Builder scope =
        CodeBlock.builder()
            .add("$T.key($L, $S)", Types.SCOPE, field(entity, a.typeScope().get().column().component()), a.typeScope().get().value());
    for (WhereModel w : a.where()) {
      scope.add(".and($L, $L)", field(entity, w.column().component()), constant(w));
    }
    return scope.build();
  }

  /** The value of a {@code @Where} as a constant of its column's type: {@code Status.APPROVED}, {@code 3L}, {@code "lead"}. */
  private static CodeBlock constant(WhereModel where) {
    ColumnModel column = where.column();
    String value = where.value();
    return switch (column.columnType()) {
      case ENUM -> CodeBlock.of("$T.$L", column.type(), value);
      case TEXT -> CodeBlock.of("$S", value);
      case BOOLEAN, INTEGER -> CodeBlock.of("$L", value);
      case BIGINT -> CodeBlock.of("$LL", value);
      case SMALLINT -> CodeBlock.of("(short) $L", value);
      case DOUBLE -> CodeBlock.of("$Ld", value);
      case REAL -> CodeBlock.of("$Lf", value);
      case NUMERIC -> CodeBlock.of("new $T($S)", java.math.BigDecimal.class, value);
      case UUID -> CodeBlock.of("$T.fromString($S)", java.util.UUID.class, value);
      case DATE, TIMESTAMP, TIMESTAMPTZ, INSTANT -> CodeBlock.of("$T.parse($S)", column.type(), value);
      case BYTEA -> throw new IllegalStateException("a byte[] component is never scoped: " + column.component());
    };
  }

  /** {@code PostTable.POST_TABLE.USER_ID} */
  private static CodeBlock field(EntityModel entity, String component) {
    return CodeBlock.of(
        "$T.$L.$L", Types.tableClass(entity), Names.tableConstant(entity.name()), Names.upperSnakeCase(component));
  }

  /** The methods, in the order of their table in docs/associations.md. */
  List<MethodSpec> methods() {
    List<MethodSpec> methods = new ArrayList<>();
    switch (a.kind()) {
      case HAS_MANY, BELONGS_TO_MANY -> {
        methods.add(read("get" + many, list(target), "get", sql.getMany(), ownerParam()));
        methods.add(read("get" + many, map(list(target)), "getAll", sql.getManyBatch(), ownersParam()));
        methods.add(read("get" + many, list(target), "get", sql.findMany(), ownerParam(), findParam()));
        methods.add(read("get" + many, map(list(target)), "getAll", sql.findManyBatch(), ownersParam(), findParam()));
        methods.add(read("count" + many, TypeName.LONG, "count", sql.count(), ownerParam()));
        methods.add(read("count" + many, TypeName.LONG, "count", sql.countWhere(), ownerParam(), conditionParam()));
        methods.add(read("count" + many, map(TypeName.LONG.box()), "countAll", sql.countBatch(false), ownersParam()));
        methods.add(
            read("count" + many, map(TypeName.LONG.box()), "countAll", sql.countBatch(true), ownersParam(), conditionParam()));
        methods.add(write("create" + one, target, "create", sql.createMany(), ownerParam(), targetParam()));
        methods.add(write("add" + one, TypeName.VOID, "add", sql.add(false), ownerParam(), targetParam()));
        methods.add(write("add" + many, TypeName.VOID, "addAll", sql.add(true), ownerParam(), targetsParam()));
        methods.add(write("remove" + one, TypeName.VOID, "remove", sql.remove(false), ownerParam(), targetParam()));
        methods.add(write("remove" + many, TypeName.VOID, "removeAll", sql.remove(true), ownerParam(), targetsParam()));
        methods.add(write("set" + many, TypeName.VOID, "set", sql.setMany(), ownerParam(), targetsParam()));
        methods.add(read("has" + one, TypeName.BOOLEAN, "has", sql.has(false), ownerParam(), targetParam()));
        methods.add(read("has" + many, TypeName.BOOLEAN, "hasAll", sql.has(true), ownerParam(), targetsParam()));
        if (a instanceof BelongsToMany m) {
          LinkMethods links = new LinkMethods(m);
          methods.add(write("add" + one, links.through(), "addLink", sql.addLink(links.addDoc()), ownerParam(), targetParam(), links.linkParam()));
          methods.add(read(a.linksMethod(), links.list(), "getLinks", sql.getLinks(links.getDoc(false, false), false, false), ownerParam()));
          methods.add(read(a.linksMethod(), map(links.list()), "getAllLinks", sql.getLinks(links.getDoc(true, false), true, false), ownersParam()));
          methods.add(read(a.linksMethod(), links.list(), "getLinks", sql.getLinks(links.getDoc(false, true), false, true), ownerParam(), findParam()));
          methods.add(
              read(a.linksMethod(), map(links.list()), "getAllLinks", sql.getLinks(links.getDoc(true, true), true, true), ownersParam(), findParam()));
        }
      }
      case HAS_ONE -> {
        methods.add(read("get" + one, optional(target), "get", sql.getOne(), ownerParam()));
        methods.add(read("get" + one, map(target), "getAll", sql.getOneBatch(), ownersParam()));
        methods.add(write("create" + one, target, "create", sql.createOne(), ownerParam(), targetParam()));
        methods.add(write("set" + one, TypeName.VOID, "set", sql.setOne(), ownerParam(), targetParam()));
      }
      case BELONGS_TO -> {
        methods.add(read("get" + one, optional(target), "get", sql.getParent(), ownerParam()));
        methods.add(read("get" + one, map(target), "getAll", sql.getParentBatch(), ownersParam()));
        methods.add(write("set" + one, owner, "set", sql.setParent(), ownerParam(), targetParam()));
        methods.add(write("create" + one, owner, "create", sql.createParent(), ownerParam(), targetParam()));
      }
    }
    return methods;
  }

  /**
   * A method that only reads: it runs on {@code reads()}, the DAO's read replica outside a
   * transaction.
   */
  private MethodSpec read(String name, TypeName returns, String runtimeMethod, CodeBlock javadoc, ParameterSpec... parameters) {
    return method("reads()", name, returns, runtimeMethod, javadoc, parameters);
  }

  /** A method that writes: it runs on {@code dsl()}, the primary, with every read it makes. */
  private MethodSpec write(String name, TypeName returns, String runtimeMethod, CodeBlock javadoc, ParameterSpec... parameters) {
    return method("dsl()", name, returns, runtimeMethod, javadoc, parameters);
  }

  private MethodSpec method(
      String context, String name, TypeName returns, String runtimeMethod, CodeBlock javadoc, ParameterSpec... parameters) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(returns).addJavadoc(ScopeDocs.of(a, javadoc));
    CodeBlock.Builder arguments = CodeBlock.builder().add(context);
    for (ParameterSpec parameter : parameters) {
      method.addParameter(parameter);
      arguments.add(", $N", parameter);
    }
    String call = returns.equals(TypeName.VOID) ? "$L.$L($L)" : "return $L.$L($L)";
    return method.addStatement(call, a.constant(), runtimeMethod, arguments.build()).build();
  }

  private ParameterSpec ownerParam() {
    return ParameterSpec.builder(owner, a.ownerParameter()).build();
  }

  private ParameterSpec ownersParam() {
    return ParameterSpec.builder(ParameterizedTypeName.get(Types.COLLECTION, owner), a.ownersParameter()).build();
  }

  private static ParameterSpec findParam() {
    return ParameterSpec.builder(Types.FIND, "find").build();
  }

  private static ParameterSpec conditionParam() {
    return ParameterSpec.builder(Types.CONDITION, "condition").build();
  }

  private ParameterSpec targetParam() {
    return ParameterSpec.builder(target, a.targetParameter()).build();
  }

  private ParameterSpec targetsParam() {
    return ParameterSpec.builder(ParameterizedTypeName.get(Types.COLLECTION, target), a.targetsParameter()).build();
  }

  private static TypeName list(TypeName element) {
    return ParameterizedTypeName.get(Types.LIST, element);
  }

  private static TypeName optional(TypeName element) {
    return ParameterizedTypeName.get(Types.OPTIONAL, element);
  }

  private TypeName map(TypeName value) {
    return ParameterizedTypeName.get(Types.MAP, owner, value);
  }
}
