namespace AdaptiveCards
{
    /// <summary>Empty stand-in for the type Microsoft.Bot.Schema names in SharePoint QuickViewResponse.Template.</summary>
    public class AdaptiveCard
    {
    }
}
