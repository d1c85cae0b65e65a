package org.reviewdesk.synth;

import java.util.List;

/** The stacks synthesized posts are written about; the snippets are the project's own, deliberately small. */
final class Stacks {
    private Stacks() {
    }

    static final List<StackProfile> ALL = List.of(
            new StackProfile("python services", "backend", "python",
                    List.of("fastapi", "pytest", "uvicorn", "ruff", "git"), "python", List.of("""
                            import time

                            def timed(fn):
                                start = time.perf_counter()
                                result = fn()
                                return result, time.perf_counter() - start""", """
                            from functools import lru_cache

                            @lru_cache(maxsize=256)
                            def load_settings(name):
                                return read_file(name)""")),
            new StackProfile("django sites", "backend", "python",
                    List.of("django", "celery", "redis", "pytest", "sentry"), "python", List.of("""
                            from django.db import transaction

                            with transaction.atomic():
                                order.mark_paid()
                                order.save()""")),
            new StackProfile("node apis", "backend", "javascript",
                    List.of("express", "jest", "pino", "npm", "docker"), "javascript", List.of("""
                            const controller = new AbortController();

                            setTimeout(() => controller.abort(), 3000);
                            const res = await fetch(url, { signal: controller.signal });""")),
            new StackProfile("react frontends", "frontend", "typescript",
                    List.of("react", "vite", "vitest", "eslint", "lighthouse"), "typescript", List.of("""
                            const cache = new Map<string, Promise<Response>>();

                            export function load(url: string) {
                              if (!cache.has(url)) cache.set(url, fetch(url));
                              return cache.get(url);
                            }""")),
            new StackProfile("go microservices", "backend", "go",
                    List.of("go test", "prometheus", "grpc", "docker", "make"), "go", List.of("""
                            ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
                            defer cancel()

                            rows, err := db.QueryContext(ctx, query)""")),
            new StackProfile("spring services", "backend", "java",
                    List.of("spring boot", "maven", "junit", "flyway", "micrometer"), "java", List.of("""
                            @Transactional
                            public void archive(long id) {

                                repository.markArchived(id);
                            }""")),
            new StackProfile("wordpress sites", "cms", "php",
                    List.of("wp-cli", "phpunit", "composer", "query monitor", "nginx"), "php", List.of("""
                            $posts = get_posts(array('numberposts' => 50));

                            foreach ($posts as $post) {
                                clean_post_cache($post->ID);
                            }""")),
            new StackProfile("rust command line tools", "tooling", "rust",
                    List.of("cargo", "clippy", "criterion", "git"), "rust", List.of("""
                            use std::time::Instant;

                            let start = Instant::now();
                            run(&config)?;
                            eprintln!("took {:?}", start.elapsed());""")),
            new StackProfile("postgres databases", "data", "sql",
                    List.of("psql", "pgbouncer", "explain analyze", "pg_dump"), "sql", List.of("""
                            create index concurrently idx_orders_created
                                on orders (created_at);

                            explain analyze
                            select id from orders where created_at > now() - interval '1 day';""")),
            new StackProfile("kubernetes clusters", "platform", "yaml",
                    List.of("kubectl", "helm", "prometheus", "grafana", "argo cd"), "yaml", List.of("""
                            resources:
                              requests:
                                memory: 256Mi

                              limits:
                                memory: 512Mi""")),
            new StackProfile("terraform infrastructure", "platform", "hcl",
                    List.of("terraform", "tflint", "vault", "git"), "hcl", List.of("""
                            resource "aws_s3_bucket" "backups" {
                              bucket = "team-backups"

                              lifecycle {
                                prevent_destroy = true
                              }
                            }""")),
            new StackProfile("rails apps", "backend", "ruby",
                    List.of("rails", "sidekiq", "rspec", "rubocop", "postgres"), "ruby", List.of("""
                            class ArchiveJob < ApplicationJob
                              queue_as :low

                              def perform(id)
                                Post.find(id).archive!
                              end
                            end""")),
            new StackProfile("static site generators", "frontend", "bash",
                    List.of("hugo", "netlify", "imagemagick", "git"), "bash", List.of("""
                            set -euo pipefail

                            hugo --minify
                            du -sh public""")),
            new StackProfile("data pipelines", "data", "python",
                    List.of("airflow", "dbt", "pandas", "great expectations"), "python", List.of("""
                            import pandas as pd

                            frame = pd.read_parquet(path)
                            frame = frame.drop_duplicates(subset=["event_id"])""")));
}
