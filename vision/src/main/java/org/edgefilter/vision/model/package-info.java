/**
 * Vision models with an injected EdgeFilter slot: Wide ResNet, CIFAR ResNet18, ViT, and the {@link
 * org.edgefilter.vision.model.Classifier} that holds a model's train, eval and adaptation steps in
 * one graph.
 */
package org.edgefilter.vision.model;
