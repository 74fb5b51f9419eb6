import type { FrontlinePublicMessages } from './en.ts';

/** 支援、危險、紙本回執、回電和安全計劃（繁體中文；機器輔助翻譯，等待社群審閱）。 */
export const zhHant: FrontlinePublicMessages = {
  'support.nav': '支援',
  'support.title': '支援與安全',
  'support.lead': '您不必獨自面對。以下是您現在可以做的事，以及可以幫助您的人。',
  'support.now.heading': '現在該做什麼',
  'support.now.danger': '如果您有危險，請先撥打 911。說明您正受到威脅；如果知道是誰，也請說出來。',
  'support.now.record':
    '趁記憶清楚時寫下發生的事：日期、時間、對方說了什麼、電話號碼和帳號。保留截圖和訊息，不要刪除。',
  'support.now.tell': '把正在發生的事告訴一位您信任的人，並約定彼此如何確認平安。',
  'support.now.report': '向我們報告。您可以匿名，是否轉交警方由您決定。',
  'support.family.heading': '保護在海外的家人',
  'support.family.careful':
    '向仍在原籍國的親屬施壓是常見手段。在公開發聲或報告之前，請想一想那裡誰可能受到影響；如果可以，請用安全的方式提醒他們。',
  'support.family.channels':
    '請假設與親屬的通話和訊息可能被監控。約定簡單的暗語，不要在這些管道上談論您的報告。',
  'support.family.pressure':
    '如果親屬被問話、拘押，或被要求向您傳話，請寫下發生的事並告訴我們。這是整體模式的一部分，這很重要。',
  'support.digital.heading': '數位安全基本知識',
  'support.digital.updates': '及時更新手機和電腦，刪除不用的應用程式。',
  'support.digital.accounts':
    '每個帳號使用不同的強密碼，並開啟兩步驟驗證（用驗證應用程式或安全金鑰比簡訊更安全）。',
  'support.digital.spyware':
    '間諜軟體的可能跡象：電池耗電很快、裝置閒置時發熱、出現不是您新增的應用程式或設定，或有人知道您只在私下說過的話。如有懷疑，請換一台裝置，並向數位安全求助熱線尋求協助。',
  'support.digital.links': '不要開啟意料之外的連結或附件，即使來自認識的人。請先用其他方式向寄件人確認。',
  'support.digital.location': '檢查哪些應用程式和帳號在分享您的位置，關閉不需要的分享。',
  'support.help.heading': '受害者服務和求助熱線',
  'support.help.lead': '這些服務可以提供協助。大多數免費且保密，很多可以安排口譯。',
  'support.help.phone': '電話：',
  'support.help.website': '網站',
  'support.help.none': '服務清單正在更新。緊急情況請撥打 911。',
  'support.followUp.heading': '如果您已經報告過',
  'support.followUp.body': '憑您的回執，在「查看進展」中，您可以請我們給您回電，並閱讀您的安全計劃。',

  'danger.received.heading': '您告訴我們您現在有危險',
  'danger.received.call': '如果還沒有，請現在撥打 911。警察可以趕到您身邊，我們做不到。',
  'danger.received.next.heading': '現在會怎樣',
  'danger.received.next.read': '您的報告已標為緊急，值班工作人員會立即收到通知。',
  'danger.received.next.target':
    '我們力求在 {minutes} 分鐘內回應緊急報告。如果您留下了聯絡方式並同意我們聯絡，我們只會用您要求的方式聯絡您。',
  'danger.received.next.safe': '如果可以，請去安全的地方，和您信任的人在一起。',
  'danger.received.next.callback': '您也可以請我們給您回電：請憑回執前往「查看進展」。',

  'slip.title': '您向 FocalPoint 提交的報告',
  'slip.recorded': '我們團隊的一名成員於 {date} 與您一起記錄了您的報告。',
  'slip.keep': '這張回執是回到您報告的唯一途徑。請把這張紙放在可能監視您的人找不到的地方。我們不保留副本。',
  'slip.followUp.heading': '查看進展',
  'slip.followUp.body':
    '要了解我們的處理情況、閱讀我們的留言、補充資料或請我們回電，請前往以下網址並輸入您的回執：',
  'slip.support.heading': '支援與安全建議',

  'callback.heading': '請我們給您回電',
  'callback.lead': '請留下一個可以安全撥打的號碼，以及安全的通話時間。我們的來電可能顯示為未知號碼。',
  'callback.phone.label': '可以安全撥打的號碼',
  'callback.safeTimes.label': '什麼時候打電話是安全的？',
  'callback.safeTimes.hint': '例如：平日下午 6 點以後；週末不要打。',
  'callback.language.label': '使用的語言',
  'callback.submit': '請求回電',
  'callback.requested': '您的請求已送出。我們會在您給出的時間給您打電話。',
  'callback.waiting': '我們打過電話後，您可以再次請求。',
  'callback.error.alreadyAsked': '您已經請求過回電。我們會盡快給您打電話。',
  'callback.status.requested': '您於 {date} 請求我們回電。我們還沒有打電話。',
  'callback.status.reached': '您於 {date} 請求我們回電。我們已於 {doneDate} 給您打了電話。',
  'callback.status.no_answer':
    '您於 {date} 請求我們回電。我們於 {doneDate} 嘗試聯絡您，但沒有接通。您可以再次請求。',
  'callback.status.unsafe_to_talk':
    '您於 {date} 請求我們回電。我們於 {doneDate} 打了電話，但當時不方便安全交談。您可以再次請求。',
  'callback.status.wrong_number':
    '您於 {date} 請求我們回電。我們於 {doneDate} 打了電話，但這個號碼聯絡不到您。您可以用另一個號碼再次請求。',
  'callback.form.legend': '您希望我們給您打電話嗎？',
  'callback.form.hint': '僅在對您安全時。勾選此項，並留下號碼和時間。',
  'callback.form.wanted': '是的，請給我打電話',

  'safetyPlan.heading': '您的安全計劃',
  'safetyPlan.lead': '這是您和我們團隊一起制定的計劃。標有「已完成」的步驟已經完成。',
  'safetyPlan.updated': '最後更新於 {date}。',
  'safetyPlan.section.physical': '人身安全',
  'safetyPlan.section.digital': '數位安全：帳號、裝置、間諜軟體跡象',
  'safetyPlan.section.family': '在原籍國的家人',
  'safetyPlan.section.contacts': '您信任的人',
  'safetyPlan.section.recurrence': '如果再次發生',
  'safetyPlan.done': '已完成',
  'safetyPlan.todo': '待完成',
  'safetyPlan.contacts.heading': '您信任的聯絡人',
  'safetyPlan.support': '更多建議請見「支援」頁面',
};
