/**
 * Pinhole cameras and rays in the Blender / OpenGL convention used by the NeRF synthetic scenes:
 * the camera looks down its -z axis with +y up and +x right; a camera-to-world matrix maps camera
 * coordinates to the world. {@link org.edgefilter.nerf.geometry.RayGenerator} turns a {@link
 * org.edgefilter.nerf.geometry.Camera} and a {@link org.edgefilter.nerf.geometry.CameraPose} into
 * flat ray arrays that other code feeds to a graph.
 */
package org.edgefilter.nerf.geometry;
