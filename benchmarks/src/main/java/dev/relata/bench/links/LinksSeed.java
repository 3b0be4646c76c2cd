package dev.relata.bench.links;

import dev.relata.bench.dao.SeedRows;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;

/**
 * The rows of the link benchmark: {@value #MEMBERS} members, {@value #PROJECTS} projects, each
 * member in {@value #PROJECTS_PER_MEMBER} of them and starring as many. Written once; a fork that
 * finds them in place leaves them alone.
 */
final class LinksSeed {

  static final int MEMBERS = 1_000;
  static final int PROJECTS = 50;
  static final int PROJECTS_PER_MEMBER = 5;

  private static final String[] ROLES = {"member", "lead", "reviewer"};

  private LinksSeed() {}

  /** Writes the rows unless they are there already. */
  static void ensure(DSLContext dsl) {
    if (inPlace(dsl)) {
      return;
    }
    RelataSchema.drop(dsl);
    RelataSchema.create(dsl);
    List<Member> members = new ArrayList<>();
    for (int i = 0; i < MEMBERS; i++) {
      members.add(new Member(null, "member " + i));
    }
    members = new MemberDao(dsl).insertAll(members);
    List<Project> projects = new ArrayList<>();
    for (int i = 0; i < PROJECTS; i++) {
      projects.add(new Project(null, "project " + i));
    }
    projects = new ProjectDao(dsl).insertAll(projects);
    List<Membership> links = new ArrayList<>();
    List<Star> stars = new ArrayList<>();
    for (int n = 0; n < PROJECTS_PER_MEMBER; n++) {
      for (Member member : members) {
        // Interleaved, as real links come: a member's rows spread over the table.
        Project project = projects.get((int) ((member.id() * 7 + n * 11) % PROJECTS));
        links.add(new Membership(null, member.id(), project.id(), ROLES[n % ROLES.length], null));
        stars.add(new Star(null, member.id(), project.id(), n));
      }
    }
    new MembershipDao(dsl).insertAll(links);
    new StarDao(dsl).insertAll(stars);
    dsl.execute("analyze");
  }

  private static boolean inPlace(DSLContext dsl) {
    return SeedRows.tablesExist(dsl, "links_members", "links_memberships", "links_stars")
        && new MemberDao(dsl).count() == MEMBERS
        && new MembershipDao(dsl).count() == (long) MEMBERS * PROJECTS_PER_MEMBER
        && new StarDao(dsl).count() == (long) MEMBERS * PROJECTS_PER_MEMBER;
  }
}
