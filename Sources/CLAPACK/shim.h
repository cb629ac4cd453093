// The few LAPACK routines indicators uses, declared by hand (Debian's liblapack-dev ships no
// header). Fortran calling convention: every argument by pointer, matrices column-major, and
// gfortran's hidden `size_t` length argument appended for each CHARACTER argument, in order.
#ifndef INDICATORS_CLAPACK_SHIM_H
#define INDICATORS_CLAPACK_SHIM_H

#include <stddef.h>

// QR factorisation with column pivoting: A P = Q R.
void dgeqp3_(const int *m, const int *n, double *a, const int *lda, int *jpvt, double *tau,
             double *work, const int *lwork, int *info);

// Multiply C by Q or Q^T from a factorisation computed by dgeqp3.
void dormqr_(const char *side, const char *trans, const int *m, const int *n, const int *k,
             const double *a, const int *lda, const double *tau, double *c, const int *ldc,
             double *work, const int *lwork, int *info, size_t side_len, size_t trans_len);

// Solve a triangular system R X = B.
void dtrtrs_(const char *uplo, const char *trans, const char *diag, const int *n, const int *nrhs,
             const double *a, const int *lda, double *b, const int *ldb, int *info,
             size_t uplo_len, size_t trans_len, size_t diag_len);

// Reciprocal condition number of a triangular matrix.
void dtrcon_(const char *norm, const char *uplo, const char *diag, const int *n, const double *a,
             const int *lda, double *rcond, double *work, int *iwork, int *info, size_t norm_len,
             size_t uplo_len, size_t diag_len);

// Inverse of a triangular matrix, in place.
void dtrtri_(const char *uplo, const char *diag, const int *n, double *a, const int *lda, int *info,
             size_t uplo_len, size_t diag_len);

// Minimum-norm least squares by divide-and-conquer SVD (what numpy.linalg.lstsq calls).
void dgelsd_(const int *m, const int *n, const int *nrhs, double *a, const int *lda, double *b,
             const int *ldb, double *s, const double *rcond, int *rank, double *work,
             const int *lwork, int *iwork, int *info);

#endif
