// nbody.js: the n-body simulation of bench/c/nbody.c in plain JS, the same operations in the same order on
// doubles (so the same roundings), the bodies as plain objects.

const PI = 3.141592653589793;
const SOLAR_MASS = 4 * PI * PI;
const DAYS_PER_YEAR = 365.24;

/** The Sun and the four Jovian planets, as bench/c/nbody.c starts them. */
function initialBodies() {
  const body = (x, y, z, vx, vy, vz, mass) => ({ x, y, z, vx, vy, vz, mass });
  return [
    body(0, 0, 0, 0, 0, 0, SOLAR_MASS),
    body(
      4.8414314424647209,
      -1.16032004402742839,
      -1.03622044471123109e-1,
      1.66007664274403694e-3 * DAYS_PER_YEAR,
      7.69901118419740425e-3 * DAYS_PER_YEAR,
      -6.90460016972063023e-5 * DAYS_PER_YEAR,
      9.54791938424326609e-4 * SOLAR_MASS,
    ),
    body(
      8.34336671824457987,
      4.12479856412430479,
      -4.03523417114321381e-1,
      -2.76742510726862411e-3 * DAYS_PER_YEAR,
      4.99852801234917238e-3 * DAYS_PER_YEAR,
      2.30417297573763929e-5 * DAYS_PER_YEAR,
      2.85885980666130812e-4 * SOLAR_MASS,
    ),
    body(
      1.2894369562139131e1,
      -1.51111514016986312e1,
      -2.23307578892655734e-1,
      2.96460137564761618e-3 * DAYS_PER_YEAR,
      2.3784717395948095e-3 * DAYS_PER_YEAR,
      -2.96589568540237556e-5 * DAYS_PER_YEAR,
      4.36624404335156298e-5 * SOLAR_MASS,
    ),
    body(
      1.53796971148509165e1,
      -2.59193146099879641e1,
      1.79258772950371181e-1,
      2.68067772490389322e-3 * DAYS_PER_YEAR,
      1.62824170038242295e-3 * DAYS_PER_YEAR,
      -9.5159225451971587e-5 * DAYS_PER_YEAR,
      5.15138902046611451e-5 * SOLAR_MASS,
    ),
  ];
}

function offsetMomentum(bodies) {
  let px = 0;
  let py = 0;
  let pz = 0;
  for (const body of bodies) {
    px += body.vx * body.mass;
    py += body.vy * body.mass;
    pz += body.vz * body.mass;
  }
  bodies[0].vx = -px / SOLAR_MASS;
  bodies[0].vy = -py / SOLAR_MASS;
  bodies[0].vz = -pz / SOLAR_MASS;
}

function energy(bodies) {
  let e = 0;
  for (let i = 0; i < bodies.length; i++) {
    const b = bodies[i];
    e += 0.5 * b.mass * (b.vx * b.vx + b.vy * b.vy + b.vz * b.vz);
    for (let j = i + 1; j < bodies.length; j++) {
      const b2 = bodies[j];
      const dx = b.x - b2.x;
      const dy = b.y - b2.y;
      const dz = b.z - b2.z;
      e -= (b.mass * b2.mass) / Math.sqrt(dx * dx + dy * dy + dz * dz);
    }
  }
  return e;
}

function advance(bodies, dt) {
  for (let i = 0; i < bodies.length; i++) {
    const b = bodies[i];
    for (let j = i + 1; j < bodies.length; j++) {
      const b2 = bodies[j];
      const dx = b.x - b2.x;
      const dy = b.y - b2.y;
      const dz = b.z - b2.z;
      const distance2 = dx * dx + dy * dy + dz * dz;
      const magnitude = dt / (distance2 * Math.sqrt(distance2));
      b.vx -= dx * b2.mass * magnitude;
      b.vy -= dy * b2.mass * magnitude;
      b.vz -= dz * b2.mass * magnitude;
      b2.vx += dx * b.mass * magnitude;
      b2.vy += dy * b.mass * magnitude;
      b2.vz += dz * b.mass * magnitude;
    }
  }
  for (const b of bodies) {
    b.x += dt * b.vx;
    b.y += dt * b.vy;
    b.z += dt * b.vz;
  }
}

/** Runs the benchmark; returns the energy before and after, as the C program prints them. */
export function main(steps) {
  const bodies = initialBodies();
  offsetMomentum(bodies);
  const before = energy(bodies);
  for (let step = 0; step < steps; step++) advance(bodies, 0.01);
  return `${before.toFixed(9)} ${energy(bodies).toFixed(9)}`;
}
