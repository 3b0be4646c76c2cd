package dev.relata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.relata.it.model.Node;
import dev.relata.it.model.NodeDao;
import dev.relata.it.model.NodeTable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Table and column names holding {@code {0}}, braces and {@code ?}: every read the runtime renders
 * once and reuses (find by id, a parent's children one and many at a time, the parents of many
 * children) and the writes work on them as on any name.
 */
class TemplateLikeNamesTest extends DatabaseTest {

  private final NodeDao nodes = new NodeDao(dsl);

  @Test
  void namesLikeTemplatesAreJustNames() {
    Node root = nodes.insert(new Node(null, null, "root {0}"));
    Node leaf = nodes.createChild(root, new Node(null, null, "leaf ?"));
    List<Node> more = nodes.insertAll(List.of(new Node(null, root.id(), "a"), new Node(null, leaf.id(), "b")));

    assertEquals(Optional.of(root), nodes.findById(root.id()));
    assertEquals(List.of(leaf, more.get(0)), nodes.getChildren(root));
    assertEquals(
        Map.of(root, List.of(leaf, more.get(0)), leaf, List.of(more.get(1))), nodes.getChildren(List.of(root, leaf)));
    assertEquals(Optional.of(root), nodes.getParent(leaf));
    assertEquals(Map.of(leaf, root, more.get(1), leaf), nodes.getParent(List.of(root, leaf, more.get(1))));
    assertEquals(List.of(leaf), nodes.findAll(NodeTable.NODE_TABLE.LABEL.eq("leaf ?")));
    assertEquals(4, nodes.count());
  }
}
