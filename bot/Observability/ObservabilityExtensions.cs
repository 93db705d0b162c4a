using Microsoft.Bot.Builder;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace TipBot.Bot.Observability;

/// <summary>
/// Registers <see cref="TipBotMetrics"/>, counts storage failures, and exports traces, metrics and logs through
/// OpenTelemetry (with ASP.NET Core's instrumentation) when an exporter is configured: the standard
/// OTEL_EXPORTER_OTLP_ENDPOINT, or Telemetry:Enabled for an exporter added in code (tests).
/// </summary>
public static class ObservabilityExtensions
{
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string EnabledKey = "Telemetry:Enabled";

    /// <summary>Call after the storage is registered: it wraps whichever <see cref="IStorage"/> is there.</summary>
    public static WebApplicationBuilder AddTipBotObservability(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddTipBotMetrics();
        MeasureStorage(services);

        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointKey]);
        if (!otlp && !builder.Configuration.GetValue<bool>(EnabledKey))
        {
            // Nothing would read the spans: do not pay for them on every request.
            return builder;
        }
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName: "tipbot"))
            .WithTracing(tracing => tracing.AddSource(TipBotMetrics.Name).AddAspNetCoreInstrumentation())
            .WithMetrics(metrics => metrics.AddMeter(TipBotMetrics.Name).AddAspNetCoreInstrumentation())
            .WithLogging();
        if (otlp)
        {
            telemetry.UseOtlpExporter();
        }
        return builder;
    }

    private static void MeasureStorage(IServiceCollection services)
    {
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(IStorage) && !d.IsKeyedService);
        if (registered is null)
        {
            return;
        }
        services.Remove(registered);
        services.Add(ServiceDescriptor.Describe(
            typeof(IStorage),
            sp => new MeasuredStorage(Create(sp, registered), sp.GetRequiredService<TipBotMetrics>()),
            registered.Lifetime));
    }

    private static IStorage Create(IServiceProvider services, ServiceDescriptor descriptor) =>
        (IStorage)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!));
}
