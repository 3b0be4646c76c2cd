package dev.relata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.it.club.Club;
import dev.relata.it.club.ClubDao;
import dev.relata.it.club.Member;
import dev.relata.it.club.MemberDao;
import dev.relata.it.club.Membership;
import dev.relata.it.club.MembershipDao;
import dev.relata.it.club.MembershipTable;
import dev.relata.it.club.Message;
import dev.relata.it.club.MessageDao;
import dev.relata.it.club.RelataSchema;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Associations told apart by {@code as}, a self-referencing many-to-many, a join entity with its own column. */
class ClubTest {

  private final org.jooq.DSLContext dsl = SharedDatabase.dsl();
  private final MemberDao members = new MemberDao(dsl);
  private Member ann;
  private Member bob;

  @BeforeEach
  void freshSchema() {
    RelataSchema.drop(dsl);
    RelataSchema.create(dsl);
    ann = members.insert(new Member(null, "Ann"));
    bob = members.insert(new Member(null, "Bob"));
  }

  @Test
  void twoAssociationsToOneTargetToldApartByAs() {
    MessageDao messages = new MessageDao(dsl);
    Message hi = members.createSentMessage(ann, new Message(null, null, bob.id(), "hi"));
    assertEquals(List.of(hi), members.getSentMessages(ann));
    assertEquals(List.of(hi), members.getReceivedMessages(bob));
    assertEquals(List.of(), members.getReceivedMessages(ann));
    assertEquals(Optional.of(ann), messages.getSender(hi));
    assertEquals(Optional.of(bob), messages.getRecipient(hi));
    Message redirected = messages.setRecipient(hi, ann);
    assertEquals(1, members.countReceivedMessages(ann));
    assertEquals(Map.of(redirected, ann), messages.getRecipient(List.of(redirected)));
  }

  @Test
  void selfReferencingManyToMany() {
    Member cy = members.insert(new Member(null, "Cy"));
    members.addFriends(ann, List.of(bob, cy));
    assertEquals(List.of(bob, cy), members.getFriends(ann));
    assertEquals(List.of(), members.getFriends(bob), "a link has a direction");
    members.removeFriend(ann, bob);
    assertEquals(List.of(cy), members.getFriends(ann));
    assertTrue(members.hasFriend(ann, cy));
  }

  @Test
  void aJoinEntityWithItsOwnColumn() {
    ClubDao clubs = new ClubDao(dsl);
    MembershipDao memberships = new MembershipDao(dsl);
    Club chess = clubs.insert(new Club(null, "Chess"));
    clubs.addMember(chess, ann);
    assertEquals(List.of(chess), members.getClubs(ann));

    Membership membership =
        memberships.findAll(MembershipTable.MEMBERSHIP_TABLE.MEMBER_ID.eq(ann.id())).get(0);
    Instant joined = Instant.parse("2024-01-01T00:00:00Z");
    Membership rejoined = new Membership(membership.id(), ann.id(), chess.id(), joined);
    assertEquals(Optional.of(rejoined), memberships.update(rejoined));
    assertEquals(joined, memberships.findById(membership.id()).orElseThrow().joinedAt());

    clubs.addMember(chess, ann);
    assertEquals(1, memberships.count(), "adding a linked pair again keeps the one link and its column");
    assertEquals(joined, memberships.findAll().get(0).joinedAt());
  }

  @Test
  void theJoinEntitysBelongsToChoosesTheDeleteActions() {
    ClubDao clubs = new ClubDao(dsl);
    Club chess = clubs.insert(new Club(null, "Chess"));
    clubs.addMembers(chess, List.of(ann, bob));
    assertThrows(IntegrityConstraintViolationException.class, () -> clubs.delete(chess));
    members.delete(ann);
    assertEquals(List.of(bob), clubs.getMembers(chess));
  }
}
