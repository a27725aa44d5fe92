package org.stptoolkit.reports.pdf;

import java.util.List;
import java.util.Objects;
import org.stptoolkit.model.basics.FinancialYear;

/**
 * An aggregate's page in the national pack (England or a region): its positions by year and one line
 * per member (region or footprint), as stp-finance's aggregation reported them.
 *
 * @param name "England" or the region's name
 * @param positions its do-nothing and do-something by year, with further rows (total solutions,
 *     funding) for the table
 * @param memberKind what the members are: "Region" or "Footprint"
 * @param finalYear the year the member table reports
 * @param members one row per member
 * @param notes lines printed under the table (members that failed and why)
 */
public record AreaView(String name, PositionsView positions, String memberKind,
    FinancialYear finalYear, List<MemberRow> members, List<String> notes) {

  /**
   * One member's line.
   *
   * @param name member's name
   * @param detail e.g. the footprint number or region
   * @param doNothingGbpK do-nothing in the final year
   * @param doSomethingGbpK do-something in the final year
   * @param status "OK", or why the member has no result
   */
  public record MemberRow(String name, String detail, double doNothingGbpK, double doSomethingGbpK,
      String status) {
    /**
     * Validates the fields.
     *
     * @param name member's name
     * @param detail e.g. the footprint number or region
     * @param doNothingGbpK do-nothing in the final year
     * @param doSomethingGbpK do-something in the final year
     * @param status "OK", or why the member has no result
     */
    public MemberRow {
      Objects.requireNonNull(name, "name");
      detail = detail == null ? "" : detail;
      status = status == null ? "" : status;
    }
  }

  /**
   * Validates and copies.
   *
   * @param name "England" or the region's name
   * @param positions its do-nothing and do-something by year, with further rows (total solutions, funding)
   *     for the table
   * @param memberKind what the members are: "Region" or "Footprint"
   * @param finalYear the year the member table reports
   * @param members one row per member
   * @param notes lines printed under the table (members that failed and why)
   */
  public AreaView {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(positions, "positions");
    memberKind = memberKind == null ? "" : memberKind;
    Objects.requireNonNull(finalYear, "final year");
    members = List.copyOf(members);
    notes = notes == null ? List.of() : List.copyOf(notes);
  }
}
