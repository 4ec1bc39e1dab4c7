/** The run directory of a training or evaluation run and its result schema. */
package org.edgefilter.framework.run;
