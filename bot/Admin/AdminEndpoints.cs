using TipBot.Bot.Insights;

namespace TipBot.Bot.Admin;

/// <summary>Endpoints for coaches and operators, behind <see cref="AdminKey"/>: GET /api/insights.</summary>
public static class AdminEndpoints
{
    private const int DefaultTop = 20;
    private const int MaxTop = 200;

    public static WebApplicationBuilder AddTipBotAdmin(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<AdminKey>();
        return builder;
    }

    public static WebApplication MapTipBotAdmin(this WebApplication app)
    {
        app.MapGet("/api/insights", async (HttpContext http, AdminKey key, IInsightsStore insights, CancellationToken cancellationToken) =>
        {
            if (!key.IsConfigured)
            {
                // Off unless an operator set Admin:ApiKey; say nothing about why.
                return Results.NotFound();
            }
            if (!key.Matches(http.Request.Headers[AdminKey.Header].ToString()))
            {
                return Results.Json(new { error = new { code = "Unauthorized", message = $"A valid {AdminKey.Header} header is required." } },
                    statusCode: StatusCodes.Status401Unauthorized);
            }
            var top = DefaultTop;
            if (http.Request.Query.TryGetValue("top", out var raw))
            {
                if (!int.TryParse(raw, out top) || top < 1 || top > MaxTop)
                {
                    return Results.Json(new { error = new { code = "BadArgument", message = $"top must be a whole number from 1 to {MaxTop}." } },
                        statusCode: StatusCodes.Status400BadRequest);
                }
            }
            return Results.Json(await insights.GetReportAsync(top, cancellationToken));
        });
        return app;
    }
}
