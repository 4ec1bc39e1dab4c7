/** Vision hooks of the learned-kernel and feature-probe analysis (framework.analysis). */
package org.edgefilter.vision.analysis;
