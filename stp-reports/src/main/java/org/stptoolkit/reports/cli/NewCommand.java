package org.stptoolkit.reports.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.stptoolkit.model.basics.FinancialYear;
import org.stptoolkit.model.Organisation;
import org.stptoolkit.model.basics.OrganisationType;
import org.stptoolkit.model.basics.PlanPeriod;
import org.stptoolkit.model.Region;
import org.stptoolkit.reports.workbook.BlankTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code stp new --number N --name NAME --region R --organisation CODE:TYPE:Name ... --out F.xlsx}: a blank
 * submission template for a new footprint, every input cell empty and yellow.
 */
@Command(name = "new", mixinStandardHelpOptions = true,
    description = "Write a blank submission template for a new footprint: its organisations and plan years laid"
        + " out, every input cell empty and yellow. Fill it in, then 'stp validate' lists each cell still to fill.",
    footerHeading = "%nExample:%n",
    footer = "  stp new --number 45 --name \"Northfield and Eastmoor\" --region NORTH \\%n"
        + "      --organisation \"NEH:ACUTE_TRUST:Northfield and Eastmoor Hospitals NHS Trust\" \\%n"
        + "      --organisation \"NECCG:CCG:NHS Northfield and Eastmoor CCG\" \\%n"
        + "      --organisation \"NCC:LOCAL_AUTHORITY:Northfield County Council\" --out mine.xlsx")
final class NewCommand extends Subcommand {

  @Option(names = "--number", required = true, paramLabel = "N", description = "Footprint number (1 to 44 in 2016).")
  int number;

  @Option(names = "--name", required = true, paramLabel = "NAME", description = "Footprint name.")
  String name;

  @Option(names = "--region", required = true, paramLabel = "REGION",
      description = "NORTH, MIDLANDS_AND_EAST, LONDON or SOUTH.")
  String region;

  @Option(names = "--organisation", required = true, paramLabel = "CODE:TYPE:Name",
      description = "An organisation, once for each: its code, its type (CCG, ACUTE_TRUST, MENTAL_HEALTH_TRUST,"
          + " COMMUNITY_TRUST, AMBULANCE_TRUST, SPECIALIST_TRUST, LOCAL_AUTHORITY, OTHER) and its name.")
  List<String> organisations;

  @Option(names = "--base-year", defaultValue = "2015/16", paramLabel = "YYYY/YY",
      description = "The base year (default ${DEFAULT-VALUE}).")
  String baseYear;

  @Option(names = "--years", defaultValue = "5", paramLabel = "N", description = "Plan years (default ${DEFAULT-VALUE}).")
  int years;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "F.xlsx", description = "Where to write the workbook.")
  Path out;

  @Option(names = "--force", description = "Replace the output if it exists.")
  boolean force;

  @Override
  public Integer call() throws Exception {
    Outputs.checkWritable(out, force, List.of());
    BlankTemplate blank;
    try {
      List<Organisation> orgs = new ArrayList<>();
      for (String spec : organisations) {
        orgs.add(organisation(spec));
      }
      PlanPeriod period = PlanPeriod.of(FinancialYear.parse(baseYear), years);
      blank = new BlankTemplate(number, name, Region.parse(region), period, orgs);
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
    Outputs.write(out, force, blank.write());
    console().out().println("Wrote " + out + ": fill in the yellow cells, then run stp validate " + out);
    return ExitCode.OK;
  }

  private static Organisation organisation(String spec) {
    String[] parts = spec.split(":", 3);
    if (parts.length < 3 || parts[0].isBlank() || parts[2].isBlank()) {
      throw new IllegalArgumentException("--organisation takes CODE:TYPE:Name, e.g. \"NEH:ACUTE_TRUST:Northfield"
          + " Hospitals NHS Trust\"; was \"" + spec + "\"");
    }
    OrganisationType type = null;
    for (OrganisationType t : OrganisationType.values()) {
      if (t.name().equalsIgnoreCase(parts[1].strip())) {
        type = t;
      }
    }
    if (type == null) {
      throw new IllegalArgumentException("the type of organisation " + parts[0].strip() + " must be one of "
          + java.util.Arrays.toString(OrganisationType.values()) + "; was \"" + parts[1].strip() + "\"");
    }
    return new Organisation(parts[0].strip(), parts[2].strip(), type, null, true);
  }
}
