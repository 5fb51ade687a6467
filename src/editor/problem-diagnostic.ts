import * as vscode from 'vscode';
import type { Problem, Severity } from '../core/model';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/** A core Problem as a diagnostic, from its position to the end of its line. */
export function fromProblem(p: Problem): vscode.Diagnostic {
  const d = new vscode.Diagnostic(new vscode.Range(p.line, p.column, p.line, 1000), p.message, SEVERITY[p.severity]);
  d.source = 'Marginalia';
  d.code = p.code;
  return d;
}
