package org.stptoolkit.finance.aggregation;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.stptoolkit.finance.basics.ByYear;

/**
 * One node of the aggregation tree: England, a region, a footprint, a local plan or an organisation,
 * with its measures (£'000 by plan year, see {@link Aggregation} for the names) and its children. A
 * parent's measure is the sum of its children's, except the bridge measures, which start at footprint
 * level (solutions and funding belong to a plan, not to one organisation).
 *
 * @param level where in the tree
 * @param code organisation or local plan code, footprint number, region name, or "ENGLAND"
 * @param name readable name
 * @param measures measure name → £'000 by plan year (sorted by name)
 * @param children the parts, in order
 */
public record AggregateNode(Level level, String code, String name, Map<String, ByYear> measures,
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

  /** Copies the collections; measures sorted by name. */
  public AggregateNode {
    measures = java.util.Collections.unmodifiableMap(new TreeMap<>(measures));
    children = List.copyOf(children);
  }

  /** A measure, or {@code null} when this node does not carry it. */
  public ByYear measure(String name) {
    return measures.get(name);
  }

  /** The child with this code, if any. */
  public java.util.Optional<AggregateNode> child(String childCode) {
    return children.stream().filter(c -> c.code.equals(childCode)).findFirst();
  }
}
