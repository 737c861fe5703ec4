// Scores are exact rationals (numerator/denominator as BigInt): sums of P·passed/checked or P·t/v
// never lose a digit, so a value that is exactly on a rounding boundary is rounded the way an auditor
// rounds it by hand. Rounding happens only when a value is shown, exported or ranked.

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

export class Fraction {
  private constructor(
    readonly numerator: bigint,
    readonly denominator: bigint,
  ) {}

  static of(numerator: bigint | number, denominator: bigint | number = 1n): Fraction {
    let n = BigInt(numerator);
    let d = BigInt(denominator);
    if (d === 0n) throw new RangeError("division by zero");
    if (d < 0n) [n, d] = [-n, -d];
    const g = gcd(n, d);
    return g > 1n ? new Fraction(n / g, d / g) : new Fraction(n, d);
  }

  static readonly ZERO = Fraction.of(0n);
  static readonly ONE = Fraction.of(1n);
  static readonly HUNDRED = Fraction.of(100n);

  static sum(values: readonly Fraction[]): Fraction {
    return values.reduce((total, value) => total.add(value), Fraction.ZERO);
  }

  add(other: Fraction): Fraction {
    return Fraction.of(this.numerator * other.denominator + other.numerator * this.denominator, this.denominator * other.denominator);
  }

  sub(other: Fraction): Fraction {
    return Fraction.of(this.numerator * other.denominator - other.numerator * this.denominator, this.denominator * other.denominator);
  }

  mul(other: Fraction): Fraction {
    return Fraction.of(this.numerator * other.numerator, this.denominator * other.denominator);
  }

  div(other: Fraction): Fraction {
    return Fraction.of(this.numerator * other.denominator, this.denominator * other.numerator);
  }

  /** -1, 0 or 1 as this is below, equal to or above other. */
  cmp(other: Fraction): number {
    const left = this.numerator * other.denominator;
    const right = other.numerator * this.denominator;
    return left < right ? -1 : left > right ? 1 : 0;
  }

  eq(other: Fraction): boolean {
    return this.cmp(other) === 0;
  }

  lt(other: Fraction): boolean {
    return this.cmp(other) < 0;
  }

  lte(other: Fraction): boolean {
    return this.cmp(other) <= 0;
  }

  gt(other: Fraction): boolean {
    return this.cmp(other) > 0;
  }

  isZero(): boolean {
    return this.numerator === 0n;
  }

  isNegative(): boolean {
    return this.numerator < 0n;
  }

  isInteger(): boolean {
    return this.denominator === 1n;
  }

  min(other: Fraction): Fraction {
    return this.lte(other) ? this : other;
  }

  max(other: Fraction): Fraction {
    return this.lt(other) ? other : this;
  }

  /** Rounded half away from zero to `decimals` places, still exact. */
  round(decimals: number): Fraction {
    const scale = 10n ** BigInt(decimals);
    return Fraction.of(this.scaledHalfAwayFromZero(scale), scale);
  }

  /** Decimal text rounded half away from zero to `decimals` places: 87.5 → "87.5000". */
  toFixed(decimals: number): string {
    const scale = 10n ** BigInt(decimals);
    const scaled = this.scaledHalfAwayFromZero(scale);
    const sign = scaled < 0n ? "-" : "";
    const digits = (scaled < 0n ? -scaled : scaled).toString().padStart(decimals + 1, "0");
    if (decimals === 0) return `${sign}${digits}`;
    return `${sign}${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
  }

  toString(): string {
    return this.isInteger() ? this.numerator.toString() : `${this.numerator}/${this.denominator}`;
  }

  private scaledHalfAwayFromZero(scale: bigint): bigint {
    const magnitude = this.numerator < 0n ? -this.numerator : this.numerator;
    const rounded = (2n * magnitude * scale + this.denominator) / (2n * this.denominator);
    return this.numerator < 0n ? -rounded : rounded;
  }
}
