/** PNG charts drawn headless with XChart: learning curves and bar charts of evaluation tables. */
package dev.s2s.experiment.plot;
