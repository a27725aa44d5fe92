package org.stptoolkit.finance.aggregation;

import java.util.List;
import java.util.Map;
import org.stptoolkit.finance.basics.ByYear;

/**
 * One node of the aggregation tree: England, a region, a footprint, a local plan or an organisation,
 * with its measures (£'000 by plan year, see {@link Measure}) and its children. A
 * parent's measure is the sum of its children's, except the bridge measures, which start at footprint
 * level (solutions and funding belong to a plan, not to one organisation).
 *
 * @param level where in the tree
 * @param code organisation or local plan code, footprint number, region name, or "ENGLAND"
 * @param name readable name
 * @param measures measure → £'000 by plan year (in the order of {@link Measure})
 * @param children the parts, in order
 */
public record AggregateNode(Level level, String code, String name, Map<Measure, ByYear> measures,
    List<AggregateNode> children) {

  /** Levels of the tree. */
  public enum Level {
    /** One statutory organisation. */
    ORGANISATION,
    /** A place-based plan inside a footprint. */
    LOCAL_PLAN,
    /** A footprint. */
    FOOTPRINT,
    /** An NHS England region. */
    REGION,
    /** England. */
    ENGLAND
  }

  /**
   * Copies the collections; measures in the order of {@link Measure}.
   *
   * @param level where in the tree
   * @param code organisation or local plan code, footprint number, region name, or "ENGLAND"
   * @param name readable name
   * @param measures measure → £'000 by plan year (in the order of {@link Measure})
   * @param children the parts, in order
   */
  public AggregateNode {
    measures = measures.isEmpty() ? Map.of()
        : java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(measures));
    children = List.copyOf(children);
  }

  /**
   * A measure of this node.
   *
   * @param measure which measure
   * @return its £'000 by plan year, or empty when this node does not carry it (a bridge measure below
   *     footprint level, see {@link Measure#footprintLevelOnly()})
   */
  public java.util.Optional<ByYear> measure(Measure measure) {
    return java.util.Optional.ofNullable(measures.get(java.util.Objects.requireNonNull(measure, "measure")));
  }

  /**
   * The child with this code, if any.
   *
   * @param childCode the organisation's or region's code
   * @return the child with this code, if any
   */
  public java.util.Optional<AggregateNode> child(String childCode) {
    return children.stream().filter(c -> c.code.equals(childCode)).findFirst();
  }
}
