;;; eglot-probe.el --- Emacs + eglot as an LSP client of the NetLens server, in batch mode  -*- lexical-binding: t -*-
;;
;;   emacs --batch -l test/clients/eglot-probe.el
;;
;; Plain --batch, not -Q: Debian activates its elpa-* packages (eglot) in site-start.
;; Environment: the same PROBE_* variables as nvim-probe.lua (PROBE_CMD, PROBE_FILE, PROBE_ROOT, PROBE_LANG,
;; PROBE_SETTINGS, PROBE_MIN_DIAGS, PROBE_HOVER, PROBE_OUT, PROBE_TIMEOUT_MS), and the same JSON result.
;; Exit codes: 0 ok, 2 no server, 3 too few diagnostics, 4 Lisp error.

(require 'eglot)
(require 'flymake)
(require 'json)
(require 'project)

(defun probe-env (name &optional default)
  (let ((v (getenv name))) (if (or (null v) (string-empty-p v)) default v)))

(defvar probe-result (list :client (format "emacs %s, %s" emacs-version
                                           (file-name-nondirectory
                                            (directory-file-name (file-name-directory (locate-library "eglot")))))
                           :diagnostics [] :hovers [] :code_actions [] :log []))
(defvar probe-start (float-time))

(defun probe-ms () (round (* 1000 (- (float-time) probe-start))))

(defun probe-log (fmt &rest args)
  (setq probe-result (plist-put probe-result :log (vconcat (plist-get probe-result :log) (list (apply #'format fmt args))))))

(defun probe-finish (code)
  (setq probe-result (plist-put probe-result :exit_code code))
  (setq probe-result (plist-put probe-result :total_ms (probe-ms)))
  (with-temp-file (probe-env "PROBE_OUT" "eglot-probe.json")
    (let ((json-encoding-pretty-print nil)) (insert (json-encode probe-result))))
  (ignore-errors (let ((server (eglot-current-server))) (when server (eglot-shutdown server))))
  (kill-emacs code))

(defun probe-wait (pred timeout)
  "Process server output until PRED holds or TIMEOUT seconds pass; return PRED's value."
  (let ((deadline (+ (float-time) timeout)) (v nil))
    (while (and (not (setq v (funcall pred))) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    v))

(condition-case err
    (let* ((file (or (getenv "PROBE_FILE") (error "PROBE_FILE is not set")))
           (root (file-name-as-directory (expand-file-name (probe-env "PROBE_ROOT" (file-name-directory file)))))
           (lang (probe-env "PROBE_LANG" "yaml"))
           (mode (intern (concat lang "-mode")))
           (cmd (append (json-read-from-string (or (getenv "PROBE_CMD") (error "PROBE_CMD is not set"))) nil))
           (timeout (/ (string-to-number (probe-env "PROBE_TIMEOUT_MS" "15000")) 1000.0))
           (min-diags (string-to-number (probe-env "PROBE_MIN_DIAGS" "1")))
           (json-object-type 'plist) (json-array-type 'vector) (json-key-type 'keyword)
           (settings (json-read-from-string (probe-env "PROBE_SETTINGS" "{}")))
           (hovers (json-read-from-string (probe-env "PROBE_HOVER" "[]"))))
      ;; A major mode per language id: eglot sends the mode name without "-mode" as languageId.
      (eval `(define-derived-mode ,mode prog-mode ,lang))
      (setq eglot-server-programs `((,mode . ,cmd)))
      (setq-default eglot-workspace-configuration settings)
      (setq eglot-sync-connect timeout)
      ;; The workspace folder is PROBE_ROOT, not whatever project.el would guess.
      (add-hook 'project-find-functions (lambda (_dir) (cons 'transient root)))
      (find-file file)
      (funcall mode)
      (apply #'eglot (eglot--guess-contact))
      (let ((server (eglot-current-server)))
        (unless server (probe-log "no server") (probe-finish 2))
        (setq probe-result (plist-put probe-result :initialize_ms (probe-ms)))
        (flymake-mode 1)
        (probe-wait (lambda () (flymake-start) (>= (length (flymake-diagnostics)) min-diags)) timeout)
        (setq probe-result (plist-put probe-result :diagnostics_ms (probe-ms)))
        (let* ((raw (delq nil (mapcar (lambda (d) (cdr (assoc 'eglot-lsp-diag (flymake-diagnostic-data d))))
                                      (flymake-diagnostics))))
               (raw (sort raw (lambda (a b) (< (plist-get (plist-get (plist-get a :range) :start) :line)
                                               (plist-get (plist-get (plist-get b :range) :start) :line)))))
               (doc (eglot--TextDocumentIdentifier)))
          (setq probe-result
                (plist-put probe-result :diagnostics
                           (vconcat (mapcar (lambda (d) (list :range (plist-get d :range) :severity (plist-get d :severity)
                                                              :message (plist-get d :message) :code (plist-get d :code)
                                                              :source (plist-get d :source)))
                                            raw))))
          (setq probe-result
                (plist-put probe-result :hovers
                           (vconcat (mapcar (lambda (pos)
                                              (list :position pos
                                                    :result (jsonrpc-request server :textDocument/hover
                                                                             (list :textDocument doc :position pos))))
                                            hovers))))
          (setq probe-result
                (plist-put probe-result :code_actions
                           (vconcat (mapcar (lambda (d)
                                              (list :diagnostic (list :code (plist-get d :code) :range (plist-get d :range))
                                                    :actions (jsonrpc-request server :textDocument/codeAction
                                                                              (list :textDocument doc :range (plist-get d :range)
                                                                                    :context (list :diagnostics (vector d))))))
                                            raw))))
          (probe-finish (if (>= (length raw) min-diags) 0 3)))))
  (error (probe-log "%S" err) (probe-finish 4)))

;;; eglot-probe.el ends here
