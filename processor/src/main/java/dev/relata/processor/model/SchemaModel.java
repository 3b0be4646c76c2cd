package dev.relata.processor.model;

import java.util.List;

/**
 * The tables of one package and their constraints, for its {@code RelataSchema}.
 *
 * @param packageName the package
 * @param entities its entities, sorted by name
 * @param foreignKeys the constraints on its tables, one per column
 * @param uniquePairs the join tables' pair constraints
 */
public record SchemaModel(
    String packageName, List<EntityModel> entities, List<ForeignKeyModel> foreignKeys, List<UniquePairModel> uniquePairs) {}
