using TipBot.Bot.Admin;

namespace TipBot.Bot.Coaching;

/// <summary>
/// Operators' view of coaching requests behind the admin key: every request with its answers, status, coach and
/// delivery state, and a way to send failed notifications again.
/// </summary>
public static class CoachingApi
{
    /// <summary>A request as operators see it, with the state of each of its notifications.</summary>
    public sealed record RequestView(CoachingRequest Request, IReadOnlyList<DeliveryView> Deliveries);

    public sealed record DeliveryView(string Id, OutboxKind Kind, string State, int Attempts, DateTimeOffset? DeliveredAt, DateTimeOffset? NextAttemptAt, string? LastError);

    public static WebApplication MapCoachingApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/coaching/requests").AddEndpointFilter(async (context, next) =>
        {
            var key = context.HttpContext.RequestServices.GetRequiredService<AdminKey>();
            if (!key.IsConfigured)
            {
                // Off unless an operator set Admin:ApiKey, like the other admin endpoints.
                return Results.NotFound();
            }
            if (!key.Matches(context.HttpContext.Request.Headers[AdminKey.Header].ToString()))
            {
                return Results.Json(new { error = new { code = "Unauthorized", message = $"A valid {AdminKey.Header} header is required." } },
                    statusCode: StatusCodes.Status401Unauthorized);
            }
            return await next(context);
        });

        group.MapGet("/", async (ICoachingRequestStore store, ICoachingOutbox outbox, CancellationToken cancellationToken) =>
        {
            var views = new List<RequestView>();
            foreach (var request in await store.ListAsync(cancellationToken))
            {
                views.Add(await ViewAsync(request, outbox, cancellationToken));
            }
            return Results.Json(views, CoachingJson.Options);
        });

        group.MapGet("/{id}", async (string id, ICoachingRequestStore store, ICoachingOutbox outbox, CancellationToken cancellationToken) =>
            await store.GetAsync(id, cancellationToken) is { } request
                ? Results.Json(await ViewAsync(request, outbox, cancellationToken), CoachingJson.Options)
                : NotFound(id));

        // Failed notifications (a permanent error, or too many attempts) are tried again from now on.
        group.MapPost("/{id}/redeliver", async (string id, ICoachingRequestStore store, ICoachingOutbox outbox, Handoff.OutboxSignal signal, TimeProvider clock, CancellationToken cancellationToken) =>
        {
            if (await store.GetAsync(id, cancellationToken) is not { } request)
            {
                return NotFound(id);
            }
            foreach (var message in (await outbox.ForRequestAsync(request.Id, cancellationToken)).Where(m => m.DeliveredAt is null))
            {
                await outbox.SaveAsync(message with { Failed = false, NextAttemptAt = clock.GetUtcNow() }, cancellationToken);
            }
            signal.Wake();
            return Results.Json(await ViewAsync(request, outbox, cancellationToken), CoachingJson.Options);
        });
        return app;
    }

    private static IResult NotFound(string id) =>
        Results.Json(new { error = new { code = "NotFound", message = $"No coaching request '{id}'." } }, statusCode: StatusCodes.Status404NotFound);

    private static async Task<RequestView> ViewAsync(CoachingRequest request, ICoachingOutbox outbox, CancellationToken cancellationToken)
    {
        var deliveries = (await outbox.ForRequestAsync(request.Id, cancellationToken))
            .Select(m => new DeliveryView(
                m.Id,
                m.Kind,
                m.DeliveredAt is not null ? "delivered" : m.Failed ? "failed" : m.Attempts > 0 ? "retrying" : "pending",
                m.Attempts,
                m.DeliveredAt,
                m.DeliveredAt is null && !m.Failed ? m.NextAttemptAt : null,
                m.LastError))
            .ToList();
        return new RequestView(request, deliveries);
    }
}
