package dev.relata.processor.model;

/**
 * One {@code @Where} of an association's scope, checked: the column of the scoped entity and the
 * value as written, which parses as the column's type would hold it ({@code APPROVED} for an enum,
 * {@code true}, {@code 3}, a UUID, a string as written).
 *
 * @param column the scoped component's column
 * @param value the value as written
 */
public record WhereModel(ColumnModel column, String value) {}
