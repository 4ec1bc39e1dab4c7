/** Test-time adaptation methods behind one interface: Source, BN-Norm, TENT (LN-TENT for ViT). */
package org.edgefilter.vision.tta;
