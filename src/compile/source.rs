//! Byte offsets (ruff's `TextRange`) to CPython-style 1-based lines and character columns.

use super::CompileError;
use ruff_text_size::TextRange;

pub(crate) struct SourceMap<'a> {
    src: &'a str,
    line_starts: Vec<usize>,
}

impl<'a> SourceMap<'a> {
    pub fn new(src: &'a str) -> Self {
        let mut line_starts = vec![0];
        let bytes = src.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => line_starts.push(i + 1),
                b'\r' => {
                    if bytes.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                    line_starts.push(i + 1);
                }
                _ => {}
            }
            i += 1;
        }
        SourceMap { src, line_starts }
    }

    pub fn source(&self) -> &'a str {
        self.src
    }

    fn clamp(&self, offset: usize) -> usize {
        let mut o = offset.min(self.src.len());
        while o > 0 && !self.src.is_char_boundary(o) {
            o -= 1;
        }
        o
    }

    /// 1-based line of a byte offset.
    pub fn line(&self, offset: usize) -> u32 {
        let offset = self.clamp(offset);
        let idx = self.line_starts.partition_point(|&s| s <= offset);
        u32::try_from(idx.max(1)).unwrap_or(u32::MAX)
    }

    pub fn line_start(&self, line: u32) -> usize {
        let idx = (line.max(1) - 1) as usize;
        self.line_starts.get(idx).copied().unwrap_or(self.src.len())
    }

    /// 1-based column in characters of a byte offset.
    pub fn col(&self, offset: usize) -> u32 {
        let offset = self.clamp(offset);
        let start = self.line_start(self.line(offset)).min(offset);
        let chars = self.src.get(start..offset).map_or(0, |s| s.chars().count());
        u32::try_from(chars + 1).unwrap_or(u32::MAX)
    }

    /// The text of a 1-based line without its line terminator.
    pub fn line_text(&self, line: u32) -> &'a str {
        let start = self.line_start(line);
        let end = self
            .line_starts
            .get(line as usize)
            .copied()
            .unwrap_or(self.src.len());
        self.src
            .get(start..end.max(start))
            .unwrap_or("")
            .trim_end_matches(['\n', '\r'])
    }

    pub fn error_at(
        &self,
        kind: &'static str,
        msg: impl Into<String>,
        start: usize,
        end: usize,
    ) -> CompileError {
        // An error at the very end of the input belongs to the last line, as in CPython.
        let start = if start >= self.src.len() && self.src.ends_with('\n') {
            self.src.len() - 1
        } else {
            start
        };
        let line = self.line(start);
        let col = self.col(start);
        let end_col = if self.line(end) == line && end > start {
            self.col(end)
        } else {
            col + 1
        };
        CompileError {
            kind,
            msg: msg.into(),
            line,
            col,
            end_col,
            text: Some(self.line_text(line).to_string()),
        }
    }

    pub fn error(
        &self,
        kind: &'static str,
        msg: impl Into<String>,
        range: TextRange,
    ) -> CompileError {
        self.error_at(kind, msg, range.start().to_usize(), range.end().to_usize())
    }
}
