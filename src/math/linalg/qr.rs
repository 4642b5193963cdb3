//! QR decomposition by Gram–Schmidt.
