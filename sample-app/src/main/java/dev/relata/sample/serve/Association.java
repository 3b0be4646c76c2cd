package dev.relata.sample.serve;

import dev.relata.runtime.EntityDao;
import java.util.List;
import java.util.Map;

/**
 * One association of an entity: the routes under {@code /{owner}/{id}/{name}} and what
 * {@code ?include={name}} embeds.
 *
 * @param <T> the owner record
 * @param <D> the owner's DAO
 */
interface Association<T, D extends EntityDao<T, Long>> {

  /** The {@code as} name: {@code posts}, {@code profile}, {@code user}. */
  String name();

  /**
   * The associated entities: one, or for a polymorphic {@code @BelongsTo} each record its sealed
   * interface permits ({@code posts}, {@code videos}).
   */
  List<Resource<?, ?>> targets();

  /**
   * What to embed under {@link #name()} for each of {@code rows}, loaded by the batch getter in
   * one statement (one per permitted record for a polymorphic one): a list of rows, or a row or
   * {@code null}.
   */
  Map<T, Object> embed(D dao, List<T> rows);

  /** Registers the association's routes. */
  void route(Routes routes, Resource<T, D> owner);
}
