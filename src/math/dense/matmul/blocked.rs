//! Stage 3 of the product: cache blocking and a register tile, as optimised BLAS libraries do
//! (the GotoBLAS scheme, written in safe Rust for the compiler to vectorise).

use super::{Dense, product_shape};
use multiversion::multiversion;
use multiversion::target::target_cfg_f;

/// Columns of the register tile of `C`. Its rows, `MR`, depend on the processor: see
/// [`blocked`].
const NR: usize = 8;
/// The `k` extent of a panel: a `KC × NR` strip of `B` (16 KiB) stays in the L1 cache while a
/// whole column of tiles uses it.
const KC: usize = 256;
/// The `j` extent of a panel: the packed `KC × NC` panel of `B` (1 MiB at most) stays in the L2
/// cache while every row of `A` passes over it.
const NC: usize = 512;

type Tile<const MR: usize> = [[f64; NR]; MR];

/// `A·B` with cache panels and an `MR × NR` register tile. `None` unless `A` has as many columns
/// as `B` has rows.
///
/// Why it is faster than [`super::ikj`]:
/// - **Register tile.** An `MR × NR` block of `C` is loaded into a local array once, updated for
///   every `k` of the panel, and stored once. Each step reads `MR` entries of `A` and `NR` of `B`
///   for `MR·NR` multiply-adds (16 for 10 loads, where `ikj` loads and stores an entry of `C` for
///   every one); the local array is small enough that the compiler keeps it in SIMD registers
///   (8 of the 16 SSE registers of the baseline x86-64 target), and its `MR·NR` sums are
///   independent, so the processor overlaps them.
/// - **Packing.** The panel of `B` is copied once into strips of `NR` columns, `k` after `k`,
///   and the `MR` rows of `A` into columns of `MR`: the kernel then reads both as one
///   contiguous stream (no strides, no bounds checks: fixed-size chunks).
/// - **Cache panels.** The `k` and `j` loops are cut into `KC × NC` panels so the packed panel
///   of `B` is reused from cache by every row block of `A` instead of being read from memory.
///
/// Edges (a dimension not a multiple of the tile) are handled by zero padding in the packed
/// copies: the kernel always computes a whole tile and only the entries inside `C` are stored.
/// Each `cᵢⱼ` still receives its terms in the order `k = 0, 1, …` (the tile starts from the
/// value of `C` left by the previous panel), so the result is bit-identical to [`super::naive`].
///
/// **Runtime dispatch.** The default x86-64 target compiles for SSE2, whose 16 registers hold 2
/// doubles each: there a 2 × 8 tile fills 8 of them. Most processors since 2011 have AVX
/// (registers of 4 doubles), where a 4 × 8 tile fills 8 of its 16 registers and does twice the
/// work per instruction. With AVX-512 (32 registers of 8 doubles) the same 4 × 8 tile is one
/// register per row and each instruction does twice the work again. The binary must run on any
/// x86-64, so the function is compiled once per processor family (`multiversion`; it takes the
/// AVX-512 copy only on processors from Ice Lake on, which do not slow their clock for it) and
/// the copy for the processor it runs on is chosen when it is called. Measured on a 2-core Xeon
/// at n = 200: 2.9× nalgebra's time with the 2 × 8 tile, 2.55× with the 4 × 8 tile on AVX2 and
/// 1.93× on AVX-512. (Larger tiles, 8 × 8 or 4 × 16, were much slower there: the compiler no
/// longer keeps 64 sums in registers.) Rust never fuses `x * y + t` into one FMA instruction on
/// its own, so every copy gives the same bits.
pub fn blocked(a: &Dense, b: &Dense) -> Option<Dense> {
    dispatch(a, b).0
}

/// [`blocked`], and the rows of the register tile the copy chosen for this processor used.
///
/// Each target lists `avx` itself: `target_cfg_f!` sees only the features a target names, not
/// the ones they imply, so a copy for `avx2` alone would take the SSE2 tile.
#[multiversion(targets(
    "x86_64+avx+avx2+avx512f+avx512vl+fma",
    "x86_64+avx+avx2+fma",
    "x86_64+avx"
))]
pub(super) fn dispatch(a: &Dense, b: &Dense) -> (Option<Dense>, usize) {
    if target_cfg_f!(target_feature = "avx") {
        (tiled::<4>(a, b), 4)
    } else {
        (tiled::<2>(a, b), 2)
    }
}

/// [`blocked`] with an `MR × NR` register tile; inlined into each compiled copy of it, so that
/// the loops are vectorised for that copy's processor.
#[inline(always)]
pub(super) fn tiled<const MR: usize>(a: &Dense, b: &Dense) -> Option<Dense> {
    let (m, p, n) = product_shape(a, b)?;
    let mut c = Dense::zeros(m, n);
    if m == 0 || p == 0 || n == 0 {
        return Some(c);
    }
    let mut b_pack = Vec::new();
    let mut a_pack = Vec::new();
    for jc in (0..n).step_by(NC) {
        let nc = NC.min(n - jc);
        for pc in (0..p).step_by(KC) {
            let kc = KC.min(p - pc);
            pack_b(b, pc..pc + kc, jc..jc + nc, &mut b_pack);
            for ic in (0..m).step_by(MR) {
                let rows = ic..(ic + MR).min(m);
                pack_a::<MR>(a, rows.clone(), pc..pc + kc, &mut a_pack);
                for (s, strip) in b_pack.chunks_exact(kc * NR).enumerate() {
                    let j0 = jc + s * NR;
                    let cols = j0..(j0 + NR).min(n);
                    let tile = load::<MR>(&c, rows.clone(), cols.clone());
                    let tile = kernel(&a_pack, strip, tile);
                    store(&mut c, rows.clone(), cols, &tile);
                }
            }
        }
    }
    Some(c)
}

/// The micro-kernel: `tile += Σₖ a_k ⊗ b_k` over one panel, with `a_k` the `MR` packed entries
/// of column `k` of the `A` block and `b_k` the `NR` packed entries of row `k` of the `B` strip.
#[inline(always)]
fn kernel<const MR: usize>(a: &[f64], b: &[f64], mut tile: Tile<MR>) -> Tile<MR> {
    let (a, _) = a.as_chunks::<MR>();
    let (b, _) = b.as_chunks::<NR>();
    for (ak, bk) in a.iter().zip(b) {
        for (row, &x) in tile.iter_mut().zip(ak) {
            for (t, &y) in row.iter_mut().zip(bk) {
                *t += x * y;
            }
        }
    }
    tile
}

/// Packs rows `ks` × columns `js` of `B` into strips of `NR` columns, each strip `k` after `k`
/// (`NR` consecutive entries per `k`), the last strip padded with zeros.
#[inline(always)]
fn pack_b(b: &Dense, ks: std::ops::Range<usize>, js: std::ops::Range<usize>, out: &mut Vec<f64>) {
    out.clear();
    for j0 in js.clone().step_by(NR) {
        let width = NR.min(js.end - j0);
        for k in ks.clone() {
            let row = &b.row(k)[j0..j0 + width];
            out.extend_from_slice(row);
            out.extend(std::iter::repeat_n(0.0, NR - width));
        }
    }
}

/// Packs rows `rs` × columns `ks` of `A` column by column (`MR` consecutive entries per `k`), the
/// missing rows of a short block padded with zeros.
#[inline(always)]
fn pack_a<const MR: usize>(
    a: &Dense,
    rs: std::ops::Range<usize>,
    ks: std::ops::Range<usize>,
    out: &mut Vec<f64>,
) {
    out.clear();
    out.resize(MR * ks.len(), 0.0);
    for (r, i) in rs.enumerate() {
        let row = &a.row(i)[ks.clone()];
        for (slot, &x) in out.iter_mut().skip(r).step_by(MR).zip(row) {
            *slot = x;
        }
    }
}

/// The `MR × NR` tile of `C` at `rows × cols` (zero outside `C`).
#[inline(always)]
fn load<const MR: usize>(
    c: &Dense,
    rows: std::ops::Range<usize>,
    cols: std::ops::Range<usize>,
) -> Tile<MR> {
    let mut tile = [[0.0; NR]; MR];
    for (t, i) in tile.iter_mut().zip(rows) {
        t[..cols.len()].copy_from_slice(&c.row(i)[cols.clone()]);
    }
    tile
}

/// Writes the part of `tile` inside `C` back at `rows × cols`.
#[inline(always)]
fn store<const MR: usize>(
    c: &mut Dense,
    rows: std::ops::Range<usize>,
    cols: std::ops::Range<usize>,
    tile: &Tile<MR>,
) {
    for (t, i) in tile.iter().zip(rows) {
        c.row_mut(i)[cols.clone()].copy_from_slice(&t[..cols.len()]);
    }
}
