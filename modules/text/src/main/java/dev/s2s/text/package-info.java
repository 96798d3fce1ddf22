package dev.s2s.text;
