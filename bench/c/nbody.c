// nbody.c: the n-body simulation of the Computer Language Benchmarks Game (the Sun and the four Jovian planets,
// symplectic integrator, dt = 0.01): `nbody STEPS [REPEATS]` (see timing.h). Prints the energy before and
// after, `%.9f %.9f`. The steps come from argv so gcc cannot fold them; each repetition starts from the initial
// state. gcc -O2 on x86-64 does not contract a*b+c into fused multiply-adds, so every operation is rounded as
// in JS and in the interpreter.
#include "timing.h" // first: it defines _POSIX_C_SOURCE

#include <math.h>

#define PI 3.141592653589793
#define SOLAR_MASS (4 * PI * PI)
#define DAYS_PER_YEAR 365.24
#define BODIES 5

struct body {
  double x, y, z, vx, vy, vz, mass;
};

static const struct body initial[BODIES] = {
    {0, 0, 0, 0, 0, 0, SOLAR_MASS}, // sun
    {4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01, // jupiter
     1.66007664274403694e-03 * DAYS_PER_YEAR, 7.69901118419740425e-03 * DAYS_PER_YEAR,
     -6.90460016972063023e-05 * DAYS_PER_YEAR, 9.54791938424326609e-04 * SOLAR_MASS},
    {8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01, // saturn
     -2.76742510726862411e-03 * DAYS_PER_YEAR, 4.99852801234917238e-03 * DAYS_PER_YEAR,
     2.30417297573763929e-05 * DAYS_PER_YEAR, 2.85885980666130812e-04 * SOLAR_MASS},
    {1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01, // uranus
     2.96460137564761618e-03 * DAYS_PER_YEAR, 2.37847173959480950e-03 * DAYS_PER_YEAR,
     -2.96589568540237556e-05 * DAYS_PER_YEAR, 4.36624404335156298e-05 * SOLAR_MASS},
    {1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01, // neptune
     2.68067772490389322e-03 * DAYS_PER_YEAR, 1.62824170038242295e-03 * DAYS_PER_YEAR,
     -9.51592254519715870e-05 * DAYS_PER_YEAR, 5.15138902046611451e-05 * SOLAR_MASS},
};

static void offset_momentum(struct body *bodies) {
  double px = 0, py = 0, pz = 0;
  for (int i = 0; i < BODIES; i++) {
    px += bodies[i].vx * bodies[i].mass;
    py += bodies[i].vy * bodies[i].mass;
    pz += bodies[i].vz * bodies[i].mass;
  }
  bodies[0].vx = -px / SOLAR_MASS;
  bodies[0].vy = -py / SOLAR_MASS;
  bodies[0].vz = -pz / SOLAR_MASS;
}

static double energy(const struct body *bodies) {
  double e = 0;
  for (int i = 0; i < BODIES; i++) {
    const struct body *b = &bodies[i];
    e += 0.5 * b->mass * (b->vx * b->vx + b->vy * b->vy + b->vz * b->vz);
    for (int j = i + 1; j < BODIES; j++) {
      const struct body *b2 = &bodies[j];
      double dx = b->x - b2->x;
      double dy = b->y - b2->y;
      double dz = b->z - b2->z;
      e -= (b->mass * b2->mass) / sqrt(dx * dx + dy * dy + dz * dz);
    }
  }
  return e;
}

static void advance(struct body *bodies, double dt) {
  for (int i = 0; i < BODIES; i++) {
    struct body *b = &bodies[i];
    for (int j = i + 1; j < BODIES; j++) {
      struct body *b2 = &bodies[j];
      double dx = b->x - b2->x;
      double dy = b->y - b2->y;
      double dz = b->z - b2->z;
      double distance2 = dx * dx + dy * dy + dz * dz;
      double magnitude = dt / (distance2 * sqrt(distance2));
      b->vx -= dx * b2->mass * magnitude;
      b->vy -= dy * b2->mass * magnitude;
      b->vz -= dz * b2->mass * magnitude;
      b2->vx += dx * b->mass * magnitude;
      b2->vy += dy * b->mass * magnitude;
      b2->vz += dz * b->mass * magnitude;
    }
  }
  for (int i = 0; i < BODIES; i++) {
    struct body *b = &bodies[i];
    b->x += dt * b->vx;
    b->y += dt * b->vy;
    b->z += dt * b->vz;
  }
}

int main(int argc, char **argv) {
  if (argc != 2 && argc != 3) {
    fprintf(stderr, "usage: nbody STEPS [REPEATS]\n");
    return 2;
  }
  const int64_t stepsArg = strtoll(argv[1], NULL, 10);
  const long repeats = bench_repeats(argc == 3 ? argv[2] : NULL);
  double before = 0, after = 0;
  for (long repetition = 0; repetition < repeats; repetition++) {
    int64_t steps = stepsArg;
    const uint64_t start = bench_now_ns();
    bench_opaque(steps);
    struct body bodies[BODIES];
    memcpy(bodies, initial, sizeof bodies);
    offset_momentum(bodies);
    const double start_energy = energy(bodies);
    for (int64_t step = 0; step < steps; step++) advance(bodies, 0.01);
    const double end_energy = energy(bodies);
    bench_use(end_energy);
    const uint64_t end = bench_now_ns();
    bench_report(start, end);
    if (repetition == 0) {
      before = start_energy;
      after = end_energy;
    }
    bench_check(repetition, bench_double_bits(end_energy), bench_double_bits(after));
  }
  printf("%.9f %.9f\n", before, after);
  return 0;
}
