package dev.relata.bench.links;

import dev.relata.Linked;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code getProjectLinks(members)} and {@code getStarredProjectLinks(members)} by hand with JDBC:
 * the statements the generated methods send (docs/links.md), one array parameter, the rows read
 * into the same records and the same map (every member a key, in input order). None of the
 * generated methods' checks.
 */
final class LinksJdbc {

  static final String LINKS =
      "select \"links_projects\".\"id\", \"links_projects\".\"name\", \"links_memberships\".\"id\","
          + " \"links_memberships\".\"member_id\", \"links_memberships\".\"project_id\", \"links_memberships\".\"role\","
          + " \"links_memberships\".\"joined_at\" from \"links_projects\" join \"links_memberships\""
          + " on \"links_memberships\".\"project_id\" = \"links_projects\".\"id\""
          + " where \"links_memberships\".\"member_id\" = any (?::int8[]) order by \"links_projects\".\"id\"";

  static final String STARS =
      "select \"links_projects\".\"id\", \"links_projects\".\"name\", \"links_stars\".\"id\","
          + " \"links_stars\".\"member_id\", \"links_stars\".\"project_id\", \"links_stars\".\"weight\""
          + " from \"links_projects\" join \"links_stars\" on \"links_stars\".\"project_id\" = \"links_projects\".\"id\""
          + " where \"links_stars\".\"member_id\" = any (?::int8[]) order by \"links_projects\".\"id\"";

  private final Connection connection;
  private final PreparedStatement statement;
  private final PreparedStatement stars;

  LinksJdbc(Connection connection) throws SQLException {
    this.connection = connection;
    this.statement = connection.prepareStatement(LINKS);
    this.stars = connection.prepareStatement(STARS);
  }

  /** The links of each of {@code members}. */
  Map<Member, List<Linked<Project, Membership>>> linksOf(List<Member> members) throws SQLException {
    Array array = ids(members);
    statement.setArray(1, array);
    Map<Long, List<Linked<Project, Membership>>> byMember = new HashMap<>();
    try (ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        Project project = new Project(rows.getLong(1), rows.getString(2));
        OffsetDateTime joined = rows.getObject(7, OffsetDateTime.class);
        Membership link =
            new Membership(rows.getLong(3), rows.getLong(4), rows.getLong(5), rows.getString(6), joined.toInstant());
        byMember.computeIfAbsent(link.memberId(), id -> new ArrayList<>()).add(new Linked<>(project, link));
      }
    }
    array.free();
    return byMember(members, byMember);
  }

  /** The stars of each of {@code members}, with their stars. */
  Map<Member, List<Linked<Project, Star>>> starsOf(List<Member> members) throws SQLException {
    Array array = ids(members);
    stars.setArray(1, array);
    Map<Long, List<Linked<Project, Star>>> byMember = new HashMap<>();
    try (ResultSet rows = stars.executeQuery()) {
      while (rows.next()) {
        Project project = new Project(rows.getLong(1), rows.getString(2));
        Star star = new Star(rows.getLong(3), rows.getLong(4), rows.getLong(5), rows.getInt(6));
        byMember.computeIfAbsent(star.memberId(), id -> new ArrayList<>()).add(new Linked<>(project, star));
      }
    }
    array.free();
    return byMember(members, byMember);
  }

  private Array ids(List<Member> members) throws SQLException {
    Long[] ids = new Long[members.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = members.get(i).id();
    }
    return connection.createArrayOf("int8", ids);
  }

  /** Every member a key, in input order, with its own list or an empty one. */
  private static <L> Map<Member, List<Linked<Project, L>>> byMember(
      List<Member> members, Map<Long, List<Linked<Project, L>>> byId) {
    Map<Member, List<Linked<Project, L>>> links = new LinkedHashMap<>();
    for (Member member : members) {
      List<Linked<Project, L>> own = byId.get(member.id());
      links.put(member, own == null ? List.of() : Collections.unmodifiableList(own));
    }
    return links;
  }
}
