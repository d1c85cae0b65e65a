package org.reviewdesk.cli;

import org.reviewdesk.model.library.QueueFilter;
import picocli.CommandLine.Option;

/** The queue's filters as options, the same for 'queue' and 'views save' (and the window's filter bar). */
final class QueueFilterOptions {
    @Option(names = "--needs-review", description = "Posts flagged as needing human review.")
    boolean needsReview;

    @Option(names = "--max-freshness", paramLabel = "N", description = "Posts whose freshness score is at most N (0-100).")
    Integer maxFreshness;

    @Option(names = "--status", paramLabel = "S", description = "Only posts with this review status.")
    String status;

    @Option(names = "--finding", paramLabel = "CHECK", split = ",", description = "Posts with an open finding of any of these checks (repeatable, or comma-separated).")
    java.util.List<String> findings;

    @Option(names = "--severity", paramLabel = "S", split = ",", description = "Posts with an open finding of any of these severities: error, warning, info.")
    java.util.List<String> severities;

    @Option(names = "--min-quality", paramLabel = "N", description = "Quality score at least N.")
    Integer minQuality;
    @Option(names = "--max-quality", paramLabel = "N", description = "Quality score at most N.")
    Integer maxQuality;
    @Option(names = "--min-depth", paramLabel = "N", description = "Depth score at least N.")
    Integer minDepth;
    @Option(names = "--max-depth", paramLabel = "N", description = "Depth score at most N.")
    Integer maxDepth;
    @Option(names = "--min-clarity", paramLabel = "N", description = "Clarity score at least N.")
    Integer minClarity;
    @Option(names = "--max-clarity", paramLabel = "N", description = "Clarity score at most N.")
    Integer maxClarity;
    @Option(names = "--min-reading-time", paramLabel = "MIN", description = "Reading time at least MIN minutes.")
    Integer minReadingTime;
    @Option(names = "--max-reading-time", paramLabel = "MIN", description = "Reading time at most MIN minutes.")
    Integer maxReadingTime;

    @Option(names = "--min-readability", paramLabel = "N", description = "Reading ease of the prose (Flesch) at least N, as last checked.")
    Integer minReadability;
    @Option(names = "--max-readability", paramLabel = "N", description = "Reading ease of the prose (Flesch) at most N, as last checked.")
    Integer maxReadability;
    @Option(names = "--difficulty", paramLabel = "D", description = "Only posts of this difficulty.")
    String difficulty;

    @Option(names = "--assignee", paramLabel = "NAME", description = "Posts assigned to NAME ('me': the user running this).")
    String assignee;

    @Option(names = "--unassigned", description = "Posts assigned to nobody.")
    boolean unassigned;

    @Option(names = "--open-comments", description = "Posts with an open comment (the same as --min-open-comments 1).")
    boolean openComments;

    @Option(names = "--min-open-comments", paramLabel = "N", description = "Posts with at least N open comments.")
    Integer minOpenComments;

    @Option(names = "--stack", paramLabel = "ITEM", description = "Posts with this stack or tools entry.")
    String stackOrTool;

    @Option(names = "--with-findings", description = "Posts with open findings.")
    boolean withFindings;

    /** Why the filter may find nothing although it is well formed, for the command to say; null when none. */
    private String notice;

    String notice() {
        return notice;
    }

    /** The library's spelling of an assignee given in another case; the name as given when no post has it. */
    private String assigneeAsWritten(String who, java.util.List<String> assignees) {
        if (assignees.contains(who)) return who;
        for (String name : assignees) if (name.equalsIgnoreCase(who)) return name;
        notice = "no post is assigned to '" + who + "' (" + (assignees.isEmpty() ? "no post is assigned to anyone"
                : "the assignees: " + String.join(", ", assignees)) + ")";
        return who;
    }

    private void requireKnown(picocli.CommandLine.Model.CommandSpec spec, java.util.Set<String> knownChecks) {
        for (String id : findings == null ? java.util.List.<String>of() : findings) {
            if (!knownChecks.contains(id.strip())) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--finding: there is no check '"
                        + id.strip() + "' (the checks: " + String.join(", ", knownChecks) + ")");
            }
        }
    }

    /**
     * The filter the options describe.
     *
     * @param me          who "--assignee me" is (the library's user.name)
     * @param knownChecks the check ids of this build: a mistyped --finding would otherwise find nothing, silently
     * @param assignees   the names posts of the library are assigned to: --assignee takes one in any case ("ada" for
     *                    "Ada"), and a name that is none of them leaves a {@link #notice()}
     * @throws picocli.CommandLine.ParameterException naming the option when a value is out of its range
     */
    QueueFilter filter(picocli.CommandLine.Model.CommandSpec spec, String me, java.util.Set<String> knownChecks,
                       java.util.List<String> assignees) {
        requireKnown(spec, knownChecks);
        if (maxFreshness != null && (maxFreshness < 0 || maxFreshness > 100)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--max-freshness must be a whole number from 0 to 100, not " + maxFreshness);
        }
        for (Integer score : java.util.Arrays.asList(minQuality, maxQuality, minDepth, maxDepth, minClarity, maxClarity)) {
            if (score != null && (score < 0 || score > 100)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "a score bound must be a whole number from 0 to 100, not " + score);
            }
        }
        if (unassigned && assignee != null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--assignee and --unassigned exclude each other");
        }
        if (severities != null) {
            for (String s : severities) {
                if (!java.util.Set.of("error", "warning", "info").contains(s)) {
                    throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                            "--severity takes error, warning or info, not '" + s + "'");
                }
            }
        }
        if (minOpenComments != null && minOpenComments < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--min-open-comments must be at least 1, not "
                    + minOpenComments);
        }
        String who = unassigned ? "" : "me".equals(assignee) ? me : assignee;
        if (who != null && !who.isEmpty()) who = assigneeAsWritten(who.strip(), assignees);
        return new QueueFilter(needsReview, maxFreshness, status, difficulty, stackOrTool, who, withFindings ? Boolean.TRUE : null)
                .withFindings(findings, severities)
                .withRanges(new QueueFilter.Range(minQuality, maxQuality), new QueueFilter.Range(minDepth, maxDepth),
                        new QueueFilter.Range(minClarity, maxClarity), new QueueFilter.Range(minReadingTime, maxReadingTime))
                .withReadingEase(new QueueFilter.Range(minReadability, maxReadability))
                .withMinOpenComments(minOpenComments != null ? minOpenComments : openComments ? Integer.valueOf(1) : null);
    }
}
