package dev.relata.sample.serve;

import dev.relata.runtime.EntityDao;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/**
 * A polymorphic {@code @BelongsTo} (its parent one of the records a sealed interface permits)
 * served over HTTP: {@code GET /comments/{id}/commentable} ({@code getCommentable}: the post or
 * the video, 404 when there is none), {@code PUT} with {@code {"type": "Video", "id": 1}} or
 * {@code null} ({@code setCommentable}). {@code ?include=commentable} embeds the parent, read by
 * the batch getter in one statement per kind of parent. There is no {@code POST}: which table a new
 * parent would go in is the client's to say, with a {@code POST} to that table and a {@code PUT} here.
 *
 * @param <T> the owner's row
 * @param <D> the owner's DAO
 * @param <P> the sealed interface
 */
final class Polymorphic<T, D extends EntityDao<T, Long>, P> implements Association<T, D> {

  private final String name;
  private final List<Resource<? extends P, ?>> targets;
  private final BiFunction<D, T, Optional<P>> get;
  private final BiFunction<D, Collection<T>, Map<T, P>> getAll;
  private final Resource.Link<D, T, P> set;

  Polymorphic(String name, List<Resource<? extends P, ?>> targets,
      BiFunction<D, T, Optional<P>> get,
      BiFunction<D, Collection<T>, Map<T, P>> getAll,
      Resource.Link<D, T, P> set) {
    this.name = name;
    this.targets = List.copyOf(targets);
    this.get = get;
    this.getAll = getAll;
    this.set = set;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<Resource<?, ?>> targets() {
    return List.copyOf(targets);
  }

  @Override
  public Map<T, Object> embed(D dao, List<T> rows) {
    Map<T, Object> parents = new LinkedHashMap<>();
    Map<T, P> found = getAll.apply(dao, rows);
    // A row without a parent is embedded as null, as a to-one without a row is.
    rows.forEach(row -> parents.put(row, found.get(row)));
    return parents;
  }

  @Override
  public void route(Routes routes, Resource<T, D> owner) {
    String path = "/" + owner.path() + "/{id}/" + name;
    routes.app.get(path, ctx -> {
      long id = routes.id(ctx);
      String include = ctx.queryParam("include");
      ctx.json(routes.transaction(ctx, dsl -> {
        P parent = get.apply(owner.dao(dsl), routes.existing(owner, dsl, id)).orElseThrow(() ->
            ProblemException.notFound(owner.entityName() + " " + id + " has no " + name));
        return render(routes, targetOf(parent), dsl, parent, include);
      }));
    });
    routes.app.put(path, ctx -> {
      long id = routes.id(ctx);
      Optional<Bodies.TypedLink> link = routes.bodies.typedLink(ctx.bodyAsBytes(),
          targets.stream().map(Resource::entityName).toList());
      routes.transaction(ctx, dsl -> {
        T row = routes.existing(owner, dsl, id);
        P parent = link.map(l -> referenced(routes, dsl, l)).orElse(null);
        set.apply(owner.dao(dsl), row, parent);
        return null;
      });
      Routes.noContent(ctx);
    });
  }

  private Resource<? extends P, ?> targetOf(P parent) {
    return targets.stream().filter(target -> target.type().isInstance(parent)).findFirst().orElseThrow(() ->
        new IllegalStateException(name + " is a " + parent.getClass().getSimpleName() + ", which is not one of "
            + targets.stream().map(Resource::entityName).collect(Collectors.joining(", "))));
  }

  private P referenced(Routes routes, DSLContext dsl, Bodies.TypedLink link) {
    Resource<? extends P, ?> target = targets.stream()
        .filter(t -> t.entityName().equals(link.type())).findFirst().orElseThrow();
    return routes.referenced(target, dsl, link.id());
  }

  /** The parent as its own resource renders it, with that resource's {@code ?include=}. */
  private static <U> Object render(Routes routes, Resource<U, ?> target, DSLContext dsl, Object parent, String include) {
    List<String> includes = Includes.parse(include, target);
    return routes.render(target, dsl, List.of(target.type().cast(parent)), includes).get(0);
  }
}
