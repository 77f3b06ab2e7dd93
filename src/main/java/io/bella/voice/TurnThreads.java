package io.bella.voice;

import java.util.concurrent.ExecutorService;

/**
 * Where turns run: the threads that run them and the admission that keeps their number
 * within what the instance can carry.
 *
 * @param executor the turn threads, also used for the bookkeeping of apologies
 * @param admission the room for turns, taken before a turn runs and released when it ends
 */
record TurnThreads(ExecutorService executor, TurnAdmission admission) {

}
