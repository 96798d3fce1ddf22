package dev.s2s.experiment;
