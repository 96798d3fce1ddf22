package dev.s2s.ngram;
