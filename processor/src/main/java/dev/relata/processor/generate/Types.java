package dev.relata.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.relata.processor.base.Names;
import dev.relata.processor.model.EntityModel;

/** The types generated code refers to, and the names of the generated classes. */
final class Types {

  static final String PROCESSOR = "dev.relata.processor.RelataProcessor";
  /** The runtime's types users see. */
  static final String RUNTIME = "dev.relata.runtime";
  /** What only generated code calls: not API. */
  static final String INTERNAL = "dev.relata.runtime.internal";

  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  static final ClassName DSL_CONTEXT = ClassName.get("org.jooq", "DSLContext");
  static final ClassName DSL = ClassName.get("org.jooq.impl", "DSL");
  static final ClassName SQL_DATA_TYPE = ClassName.get("org.jooq.impl", "SQLDataType");
  static final ClassName RECORD = ClassName.get("org.jooq", "Record");
  static final ClassName TABLE_FIELD = ClassName.get("org.jooq", "TableField");
  static final ClassName TABLE_IMPL = ClassName.get("org.jooq.impl", "TableImpl");
  static final ClassName CONVERTER = ClassName.get("org.jooq", "Converter");
  static final ClassName CONDITION = ClassName.get("org.jooq", "Condition");
  static final ClassName FIND = ClassName.get("dev.relata", "Find");
  static final ClassName LINKED = ClassName.get("dev.relata", "Linked");
  static final ClassName NAME = ClassName.get("org.jooq", "Name");
  static final ClassName TABLE = ClassName.get("org.jooq", "Table");
  static final ClassName PATH = ClassName.get("org.jooq", "Path");
  static final ClassName UNIQUE_KEY = ClassName.get("org.jooq", "UniqueKey");
  static final ClassName FOREIGN_KEY = ClassName.get("org.jooq", "ForeignKey");
  static final ClassName INVERSE_FOREIGN_KEY = ClassName.get("org.jooq", "InverseForeignKey");
  static final ClassName OVERRIDE = ClassName.get(Override.class);
  static final ClassName LIST = ClassName.get("java.util", "List");
  static final ClassName MAP = ClassName.get("java.util", "Map");
  static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");
  static final ClassName COLLECTION = ClassName.get("java.util", "Collection");

  static final ClassName ENTITY_METADATA = ClassName.get(INTERNAL, "EntityMetadata");
  static final ClassName ENTITY_DAO = ClassName.get(RUNTIME, "EntityDao");
  static final ClassName READ_REPLICA = ClassName.get(RUNTIME, "ReadReplica");
  static final ClassName TABLE_KEYS = ClassName.get(INTERNAL, "TableKeys");
  static final ClassName MANAGED_COLUMNS = ClassName.get(INTERNAL, "ManagedColumns");
  static final ClassName ASSOCIATION_NAMES = ClassName.get(INTERNAL, "AssociationNames");
  static final ClassName HAS_MANY = ClassName.get(INTERNAL, "HasManyAssociation");
  static final ClassName HAS_ONE = ClassName.get(INTERNAL, "HasOneAssociation");
  static final ClassName BELONGS_TO = ClassName.get(INTERNAL, "BelongsToAssociation");
  static final ClassName BELONGS_TO_MANY = ClassName.get(INTERNAL, "BelongsToManyAssociation");
  static final ClassName SCOPE = ClassName.get(INTERNAL, "Scope");

  private Types() {}

  /** {@code @Generated("dev.relata.processor.RelataProcessor")}, without a date: output is deterministic. */
  static AnnotationSpec generated() {
    return AnnotationSpec.builder(GENERATED).addMember("value", "$S", PROCESSOR).build();
  }

  static ClassName tableClass(EntityModel entity) {
    return ClassName.get(entity.packageName(), Names.tableClassName(entity.name()));
  }

  /** {@code PostTable.ForeignKeys}: the foreign keys of an entity's table. */
  static ClassName foreignKeysClass(EntityModel entity) {
    return tableClass(entity).nestedClass("ForeignKeys");
  }

  /** {@code Table<Record>} */
  static TypeName tableOfRecord() {
    return ParameterizedTypeName.get(TABLE, RECORD);
  }

  static ClassName daoClass(EntityModel entity) {
    return ClassName.get(entity.packageName(), Names.daoName(entity.name()));
  }

  /** {@code EntityMetadata<User, Long>} */
  static TypeName metadataOf(EntityModel entity) {
    return ParameterizedTypeName.get(ENTITY_METADATA, entity.className(), entity.id().boxedType());
  }

  /** {@code TableField<Record, T>} */
  static TypeName tableField(TypeName type) {
    return ParameterizedTypeName.get(TABLE_FIELD, RECORD, type);
  }
}
