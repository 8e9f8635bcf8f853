package org.peerscope.researcher;

import org.peerscope.work.YearChart;

/**
 * Citations received and works published per year over the last years, from the yearly
 * figures the metrics feature keeps.
 */
public record ResearcherActivity(YearChart citations, YearChart works) {

}
