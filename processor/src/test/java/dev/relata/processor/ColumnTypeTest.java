package dev.relata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.relata.processor.model.ColumnType;
import dev.relata.runtime.internal.StoredType;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The model's column types are the runtime's type table, constant for constant. */
class ColumnTypeTest {

  @Test
  void oneConstantForEachStoredType() {
    assertEquals(
        Arrays.stream(StoredType.values()).map(Enum::name).toList(),
        Arrays.stream(ColumnType.values()).map(Enum::name).toList());
  }
}
