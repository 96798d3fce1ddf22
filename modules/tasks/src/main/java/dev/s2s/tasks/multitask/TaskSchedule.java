package dev.s2s.tasks.multitask;

import dev.s2s.neural.train.BucketBatcher;
import dev.s2s.neural.train.Seeds;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Which task and which examples each update uses: a task is sampled by weight from a generator
 * seeded with (seed, step); each task walks through its own length-bucketed epochs ({@link
 * BucketBatcher}, seeded per task), its position kept in {@link MultiTaskState#positions}.
 */
final class TaskSchedule {
  private static final long TASK_STREAM = 0x5441534BL;

  private final List<TrainingTask> tasks;
  private final double[] cumulative;
  private final long seed;
  private final Map<String, BucketBatcher> batchers = new LinkedHashMap<>();
  private final Map<String, List<int[]>> epochOrder = new HashMap<>();

  /** @param tasks the tasks with weight > 0, each with at least one example */
  TaskSchedule(List<TrainingTask> tasks, int batchSize, long seed) {
    if (tasks.isEmpty()) {
      throw new IllegalArgumentException("no task to train");
    }
    this.tasks = List.copyOf(tasks);
    this.seed = seed;
    this.cumulative = new double[tasks.size()];
    double sum = 0;
    for (int i = 0; i < tasks.size(); i++) {
      TrainingTask t = tasks.get(i);
      if (!(t.weight() > 0)) {
        throw new IllegalArgumentException("task " + t.name() + " has weight " + t.weight() + ", expected > 0");
      }
      sum += t.weight();
      cumulative[i] = sum;
      batchers.put(t.name(), new BucketBatcher(t.data(), batchSize, 20, Seeds.mix(seed, i + 1)));
    }
  }

  List<TrainingTask> tasks() {
    return tasks;
  }

  /** Updates in one pass over every task's data. */
  long stepsPerEpoch(int batchSize) {
    long steps = 0;
    for (TrainingTask t : tasks) {
      steps += (t.data().size() + batchSize - 1) / batchSize;
    }
    return steps;
  }

  /** The task of update number {@code step} (0-based). */
  TrainingTask sample(long step) {
    if (tasks.size() == 1) {
      return tasks.get(0);
    }
    double u = new SplittableRandom(Seeds.mix(seed, TASK_STREAM, step)).nextDouble() * cumulative[cumulative.length - 1];
    for (int i = 0; i < cumulative.length; i++) {
      if (u < cumulative[i]) {
        return tasks.get(i);
      }
    }
    return tasks.get(tasks.size() - 1);
  }

  /** Example indices of the task's next batch; its epoch advances when the last batch is taken. */
  int[] next(TrainingTask task, MultiTaskState state) {
    long[] pos = state.positions.computeIfAbsent(task.name(), k -> new long[2]);
    List<int[]> order = epochOrder.computeIfAbsent(task.name(), k -> batchers.get(k).epoch(pos[0]));
    int[] batch = order.get((int) pos[1]++);
    if (pos[1] >= order.size()) {
      pos[0]++;
      pos[1] = 0;
      epochOrder.remove(task.name());
    }
    return batch;
  }

  /** Completed passes of the task that has made the fewest. */
  long minEpoch(MultiTaskState state) {
    long m = Long.MAX_VALUE;
    for (TrainingTask t : tasks) {
      m = Math.min(m, state.epoch(t.name()));
    }
    return m;
  }

  /** Forgets cached epoch orders (after a resume changed the positions). */
  void reset() {
    epochOrder.clear();
  }
}
