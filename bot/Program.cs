using TipBot.Bot.Admin;
using TipBot.Bot.Coaching;
using TipBot.Bot.Conversation;
using TipBot.Bot.DirectLine;
using TipBot.Bot.Hosting;
using TipBot.Bot.Hosting.Proxies;
using TipBot.Bot.Hosting.RateLimits;
using TipBot.Bot.Insights;
using TipBot.Bot.Knowledge;
using TipBot.Bot.Observability;
using TipBot.Bot.Slack;
using TipBot.Bot.Storage;

var builder = WebApplication.CreateBuilder(args);
builder.AddTipBotHosting();
builder.AddTipBotForwardedHeaders();
builder.AddTipBotRateLimits();
builder.AddTipBotStorage();
builder.AddTipBotObservability();
builder.AddTipBotKnowledge();
builder.AddTipBotInsights();
builder.AddTipBotAdmin();
builder.Services.AddConversation();
builder.AddTipBotCoaching();
builder.AddDirectLine();
builder.AddSlack();

var app = builder.Build();
app.UseTipBotForwardedHeaders();
app.UseTipBotRateLimits();
app.MapTipBotHosting();
app.MapTipBotAdmin();
app.MapTipBotCoaching();
app.MapDirectLine();
app.MapSlack();
app.Run();

public partial class Program;
