/**
 * Multi-task training of one shared source encoder: a decoder per target language (translation,
 * Cho et al. 2014) and a per-token NER head (softmax or CRF) on the encoder's states, trained
 * together by sampling a task per update. {@link dev.s2s.tasks.multitask.MultiTaskTrainer} trains a
 * config with both a {@code translation} and a {@code tagging} section; its run directory is
 * loadable as a translator ({@code NeuralTranslationSystem.load}) and as a tagger ({@link
 * dev.s2s.tasks.multitask.MultiTaskTagger}).
 */
package dev.s2s.tasks.multitask;
